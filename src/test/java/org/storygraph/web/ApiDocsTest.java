package org.storygraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.storygraph.IntegrationTest;

class ApiDocsTest extends IntegrationTest {

    @Test
    void everyApiEndpointIsDocumentedWithProblemDetailsForErrors() {
        var response = getJson("/v3/api-docs");

        assertThat(response.status()).isEqualTo(200);
        var api = response.body();
        assertThat(api.get("openapi").asText()).startsWith("3.");
        var paths = new ArrayList<String>();
        api.get("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).containsExactlyInAnyOrder("/api/articles", "/api/entities", "/api/entities/{id}",
                "/api/events", "/api/quotes", "/api/cypher", "/api/export/timelinejs", "/api/export/graphml",
                "/api/export/events.csv", "/api/embed-snippet", "/oembed", "/api/events/{id}", "/api/articles/{id}",
                "/api/overview", "/api/graph/neighbours", "/api/graph/evidence");
        api.get("paths").forEach(path -> path.forEach(operation -> {
            var problem = operation.get("responses").get("4XX");
            assertThat(problem).as(operation.toString()).isNotNull();
            assertThat(problem.get("content").get("application/problem+json").get("schema").get("$ref").asText())
                    .isEqualTo("#/components/schemas/ProblemDetail");
        }));
        assertThat(api.get("components").get("schemas").get("ProblemDetail").get("properties").has("detail")).isTrue();
    }

    @Test
    void swaggerUiIsServed() {
        var redirect = get("/swagger-ui.html");
        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
    }

}
