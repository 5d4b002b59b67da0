package org.storygraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.storygraph.Fuzz;
import org.storygraph.IntegrationTest;

/** Requests no controller takes: problem details under /api, the HTML error page elsewhere. */
class UnmappedApiRequestsTest extends IntegrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void unknownApiPathsAndMethodsAreProblemsAndUnknownPagesStayPages() throws Exception {
        var unknown = send("GET", "/api/no-such-endpoint");
        assertThat(unknown.statusCode()).isEqualTo(404);
        Fuzz.assertAnswered(unknown, "GET /api/no-such-endpoint");
        assertThat(unknown.body()).contains("/api/no-such-endpoint").contains("/v3/api-docs");

        var wrongMethod = send("DELETE", "/api/events");
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        Fuzz.assertAnswered(wrongMethod, "DELETE /api/events");

        var page = send("GET", "/no-such-page");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body()).contains("Not found");
    }

    private HttpResponse<String> send(String method, String path) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(url(path))).header("Accept", "text/html,application/json;q=0.9,*/*;q=0.8")
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
