package org.storygraph.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document (/v3/api-docs, Swagger UI at /swagger-ui.html). Every operation also answers errors as
 * RFC 9457 problem details ({@link ApiErrors}); the document says so once, for all of them, as a 4XX response.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocs {

    static final String PROBLEM = "ProblemDetail";
    static final String PROBLEM_JSON = "application/problem+json";

    @Bean
    OpenAPI storygraphApi() {
        return new OpenAPI()
                .info(new Info().title("Storygraph API")
                        .description("Entities, events, quotes and articles of the graph; a read-only Cypher console;"
                                + " exports; oEmbed. Errors are RFC 9457 problem details (application/problem+json).")
                        .license(new License().name("GPL-3.0-or-later").url("https://www.gnu.org/licenses/gpl-3.0.html")));
    }

    @Bean
    OpenApiCustomizer problemResponses() {
        return api -> {
            if (api.getComponents() == null) {
                api.setComponents(new Components());
            }
            api.getComponents().addSchemas(PROBLEM, problemSchema());
            api.getPaths().values().forEach(path -> path.readOperations().forEach(ApiDocs::addProblem));
        };
    }

    private static void addProblem(Operation operation) {
        operation.getResponses().addApiResponse("4XX", new ApiResponse()
                .description("A problem detail (RFC 9457): a bad parameter (400, naming it in \"parameter\"),"
                        + " an unknown id or URL (404), a refused or failed query (400), a query past its time limit (422)")
                .content(new Content().addMediaType(PROBLEM_JSON,
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema()
                .description("RFC 9457 problem details; some problems add fields such as parameter, id or position")
                .addProperty("type", new StringSchema().format("uri").example("about:blank"))
                .addProperty("title", new StringSchema().example("Bad parameter"))
                .addProperty("status", new IntegerSchema().example(400))
                .addProperty("detail", new StringSchema().example("limit must be between 1 and 500, was 0"))
                .addProperty("instance", new StringSchema().format("uri").example("/api/entities"))
                .additionalProperties(true);
    }
}
