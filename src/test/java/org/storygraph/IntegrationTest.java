package org.storygraph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The one application context the integration tests share: a real HTTP server on a random port and a
 * real embedded Neo4j on a free Bolt port, with its store in a temporary directory.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class IntegrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    protected static final Path DATA_DIR = temporaryDirectory("storygraph-test-");

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void embeddedDatabase(DynamicPropertyRegistry registry) {
        registry.add("storygraph.data-dir", DATA_DIR::toString);
        registry.add("storygraph.embedded.bolt-port", () -> "0");
        registry.add("storygraph.load-on-start", () -> "false");
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** GETs a path of the JSON API as a browser or script would. */
    protected JsonResponse getJson(String path) {
        return json(get(path));
    }

    /** POSTs a JSON body (any object Jackson writes) to a path of the JSON API. */
    protected JsonResponse postJson(String path, Object body) {
        try {
            var request = HttpRequest.newBuilder(URI.create(url(path)))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            return json(send(request));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** GETs any path, without following redirects: status, headers and body as they come. */
    protected HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).GET());
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonResponse json(HttpResponse<String> response) {
        try {
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            return new JsonResponse(response.statusCode(), contentType, JSON.readTree(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected record JsonResponse(int status, String contentType, JsonNode body) {
    }

    public static Path temporaryDirectory(String prefix) {
        try {
            Path dir = Files.createTempDirectory(prefix);
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
