package org.storygraph.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app (web server and embedded database) stopped with SIGTERM and started again on the same data directory and
 * port while clients poll the API: while it is down a request may find no server, but every answer it gives is
 * the answer it gave before, or a 503; once back, every endpoint answers as before.
 */
@Tag("reliability")
class RestartUnderLoadTest {

    private static final List<String> ENDPOINTS = List.of("/api/articles", "/api/events", "/api/overview",
            "/api/entities?q=denver", "/api/entities?q=han", "/api/quotes");
    private static final int CLIENTS = 4;
    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

    /** HTTP/1.1 as browsers speak it over http://, without the h2c upgrade Java's client would offer. */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    @TempDir
    Path dataDir;

    private int port;

    /** One request's outcome: its status and body, or the exception that kept it from an answer. */
    private record Observation(long at, String endpoint, int status, String body, String failure, boolean afterRestart) {
    }

    @Test
    void theApiAnswersAsBeforeOnceRestartedAndNeverWrongMeanwhile() throws Exception {
        port = AppProcess.freePort();
        List<String> args = List.of("--server.port=" + port, "--storygraph.data-dir=" + dataDir,
                "--storygraph.embedded.bolt-port=0", "--storygraph.seed-dir=" + Path.of("seed").toAbsolutePath());
        AppProcess app = AppProcess.start("restart-first", args);
        try {
            // On a first start the app loads seed/ in the background; its five articles are written one by one.
            app.awaitLine(line -> line.contains("Load finished"), START_TIMEOUT);
            Map<String, String> before = new LinkedHashMap<>();
            for (String endpoint : ENDPOINTS) {
                Observation answer = get(endpoint, false);
                assertThat(answer.status()).as(endpoint + ": " + answer.body()).isEqualTo(200);
                before.put(endpoint, answer.body());
            }
            assertThat(before.get("/api/articles")).contains("\"id\"");

            var observations = new ConcurrentLinkedQueue<Observation>();
            var restarted = new AtomicBoolean();
            var polling = new AtomicBoolean(true);
            List<Thread> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int offset = c;
                Thread client = new Thread(() -> {
                    for (int i = offset; polling.get(); i++) {
                        observations.add(get(ENDPOINTS.get(i % ENDPOINTS.size()), restarted.get()));
                    }
                }, "client-" + c);
                client.start();
                clients.add(client);
            }
            AppProcess.sleep(Duration.ofSeconds(3));
            long stoppingAt = System.nanoTime();
            System.out.println("SIGTERM: exit code " + app.stop(Duration.ofSeconds(60)));
            app = AppProcess.start("restart-second", args);
            restarted.set(true);
            app.awaitLine(line -> line.contains("Started StorygraphApplication"), START_TIMEOUT);
            long backAt = System.nanoTime();
            // Keep polling until every endpoint has answered the restarted app (its first answers are slow), and a bit.
            long deadline = backAt + Duration.ofSeconds(90).toNanos();
            while (System.nanoTime() < deadline && !ENDPOINTS.stream().allMatch(e -> answeredSince(observations, e, backAt))) {
                AppProcess.sleep(Duration.ofMillis(200));
            }
            AppProcess.sleep(Duration.ofSeconds(2));
            polling.set(false);
            for (Thread client : clients) {
                client.join();
            }

            Map<String, Long> outcomes = observations.stream().collect(Collectors.groupingBy(
                    o -> o.failure() != null ? o.failure() : "HTTP " + o.status(), TreeMap::new, Collectors.counting()));
            System.out.printf("%d requests by %d clients; down for %.1f s; outcomes: %s%n", observations.size(), CLIENTS,
                    (backAt - stoppingAt) / 1e9, outcomes);
            for (Observation o : observations) {
                if (o.failure() == null) {
                    assertThat(o.status()).as("%s answered, %s the restart: %s", o.endpoint(),
                            o.afterRestart() ? "after" : "before", o.body()).isIn(200, 503);
                    if (o.status() == 200) {
                        assertThat(o.body()).as("%s answered, %s the restart", o.endpoint(),
                                o.afterRestart() ? "after" : "before").isEqualTo(before.get(o.endpoint()));
                    }
                }
            }
            assertThat(observations).as("requests that found no server: the app was down")
                    .anyMatch(o -> o.failure() != null);
            for (String endpoint : ENDPOINTS) {
                assertThat(answeredSince(observations, endpoint, backAt)).as(endpoint + " answered after the restart").isTrue();
            }
        } finally {
            app.close();
        }
    }

    private static boolean answeredSince(Collection<Observation> observations, String endpoint, long since) {
        return observations.stream().anyMatch(o -> o.endpoint().equals(endpoint) && o.status() == 200 && o.at() > since);
    }

    private Observation get(String endpoint, boolean afterRestart) {
        String url = "http://127.0.0.1:" + port + endpoint;
        try {
            var response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Observation(System.nanoTime(), endpoint, response.statusCode(), response.body(), null, afterRestart);
        } catch (ConnectException e) {
            AppProcess.sleep(Duration.ofMillis(50));
            return new Observation(System.nanoTime(), endpoint, 0, null, "connection refused", afterRestart);
        } catch (IOException e) {
            // A keep-alive connection the stopping server closed: no answer, so nothing wrong said.
            return new Observation(System.nanoTime(), endpoint, 0, null, e.getClass().getSimpleName(), afterRestart);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
