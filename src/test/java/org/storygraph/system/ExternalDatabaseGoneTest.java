package org.storygraph.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.storygraph.IntegrationTest;
import org.storygraph.StorygraphApplication;
import org.storygraph.graph.Graph;

/**
 * The app pointed (spring.neo4j.uri) at a second embedded Neo4j playing an external server, which is down when
 * the app starts, comes up, goes away and comes back on the same port and store: the app answers 503 with a
 * message while it is away and the same data once it is back, and is never restarted.
 */
class ExternalDatabaseGoneTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Well under the Driver's default 30 s of retries: the properties in application.properties keep it short. */
    private static final Duration QUICKLY = Duration.ofSeconds(6);

    private final Path serverStore = IntegrationTest.temporaryDirectory("storygraph-external-");
    private final int boltPort = freePort();
    private EmbeddedNeo4j server;
    private ConfigurableApplicationContext app;

    @AfterEach
    void stopBoth() {
        if (app != null) {
            app.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void answers503WhileTheServerIsAwayAndRecoversWithoutARestart() {
        app = new SpringApplicationBuilder(StorygraphApplication.class).run(
                "--spring.neo4j.uri=bolt://127.0.0.1:" + boltPort,
                "--server.port=0",
                "--storygraph.load-on-start=false");
        assertThat(app.getBeansOfType(EmbeddedNeo4j.class)).as("no embedded database with spring.neo4j.uri").isEmpty();

        // Down at start-up: the app starts anyway and says so.
        assertUnavailable();

        server = EmbeddedNeo4j.start(serverStore, boltPort);
        assertThat(get("/api/events").statusCode()).isEqualTo(200);
        assertThat(schemaConstraints()).as("schema applied once the server answered")
                .contains("article_id", "entity_id", "event_id", "quote_id");

        // One named query of the loader's, not a whole article: a fresh server plans every query it sees first.
        var row = new java.util.HashMap<String, Object>(Map.of("id", "gone-1", "title", "Still here after the outage",
                "outlet", "Test", "published", LocalDate.of(2018, 1, 24), "publishedFrom", "METADATA",
                "contentHash", "hash-gone-1", "source", "gone-1.md"));
        row.put("url", null);
        app.getBean(Graph.class).write("article-merge", Map.of("rows", List.of(row)));
        String articles = get("/api/articles").body();
        String article = get("/api/articles/gone-1").body();
        assertThat(articles).contains("Still here after the outage");
        assertThat(health()).isEqualTo("UP");

        server.close();
        server = null;
        assertUnavailable();

        server = EmbeddedNeo4j.start(serverStore, boltPort);
        assertThat(get("/api/articles").body()).isEqualTo(articles);
        assertThat(get("/api/articles/gone-1").body()).isEqualTo(article);
        assertThat(get("/api/events").statusCode()).isEqualTo(200);
        assertThat(post("/api/cypher", "{\"query\": \"MATCH (a:Article) RETURN a.id AS id\"}").statusCode()).isEqualTo(200);
        assertThat(get("/").statusCode()).isEqualTo(200);
        assertThat(health()).isEqualTo("UP");
    }

    @Test
    void aCommandThatCannotReachTheDatabaseSaysWhereAndWhatToDo() {
        var environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("command line",
                Map.of("spring.neo4j.uri", "neo4j+s://user:secret@db.example.org:7687")));
        var analysis = new DatabaseUnreachableFailureAnalyzer(environment)
                .analyze(new IllegalStateException(new ServiceUnavailableException("Unable to connect")));
        assertThat(analysis.getDescription()).contains("neo4j+s://db.example.org:7687").contains("cannot be reached")
                .doesNotContain("secret");
        assertThat(analysis.getAction()).contains("spring.neo4j.uri");
    }

    private void assertUnavailable() {
        String uri = "bolt://127.0.0.1:" + boltPort;
        for (String path : List.of("/api/events", "/api/entities?q=hancock", "/api/articles", "/api/overview")) {
            assertProblem(timed(() -> get(path)), uri);
        }
        assertProblem(timed(() -> post("/api/cypher", "{\"query\": \"MATCH (n) RETURN count(n)\"}")), uri);
        assertProblem(timed(() -> post("/api/cypher", "{\"query\": \"CALL db.labels()\"}")), uri);

        var page = timed(() -> get("/"));
        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.headers().firstValue("Retry-After")).isPresent();
        assertThat(page.body()).contains("cannot be reached").contains(uri).contains("Storygraph");
        assertThat(health()).isEqualTo("DOWN");
    }

    private static void assertProblem(HttpResponse<String> response, String uri) {
        assertThat(response.statusCode()).as(response.uri() + " " + response.body()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(response.headers().firstValue("Retry-After")).hasValue(ConnectedDatabase.RETRY_AFTER_SECONDS);
        JsonNode problem = json(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(503);
        assertThat(problem.get("detail").asText()).contains("graph database at " + uri + " cannot be reached")
                .contains("reconnects by itself").contains("check");
    }

    private HttpResponse<String> timed(java.util.function.Supplier<HttpResponse<String>> call) {
        long started = System.nanoTime();
        var response = call.get();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as(response.uri().toString()).isLessThan(QUICKLY);
        return response;
    }

    private String health() {
        return json(get("/actuator/health").body()).path("status").asText();
    }

    private List<String> schemaConstraints() {
        try (var session = app.getBean(Driver.class).session()) {
            return session.run("SHOW CONSTRAINTS YIELD name RETURN name").list(r -> r.get(0).asString());
        }
    }

    private HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(url(path)).GET());
    }

    private HttpResponse<String> post(String path, String body) {
        return send(HttpRequest.newBuilder(url(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private URI url(String path) {
        int port = ((ServletWebServerApplicationContext) app).getWebServer().getPort();
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(40)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
