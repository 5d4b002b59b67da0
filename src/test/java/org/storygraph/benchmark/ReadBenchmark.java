package org.storygraph.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.neo4j.driver.Driver;
import org.springframework.context.ConfigurableApplicationContext;
import org.storygraph.generate.SyntheticCorpus;
import org.storygraph.graph.CypherFiles;
import org.storygraph.ingest.write.GraphWriter;

/**
 * Read latency of the API against the same Cypher run directly through the Driver, on synthetic corpora of
 * each size given (default 10,000 and 100,000 events), then requests per second under load with wrk.
 *
 * <p>For each size: the app starts on a fresh embedded store, the {@link SyntheticCorpus} is written through
 * the loader's write path, and for each endpoint a sample of realistic requests (entities drawn at random
 * among those with events, a year's window, a three-letter name prefix) is sent over HTTP and, interleaved,
 * the same named queries with the same parameters run on the Driver. p50/p95/p99 of each and the ratio
 * HTTP/direct at p50 and p99 are printed; then the same requests from outside the JVM ({@link OutsideClient},
 * curl) against the direct reads again. If wrk is installed, 64 connections for 30 s on the filtered timeline,
 * and the errors. Last, the heap after a full GC.
 * Arguments: sizes (comma-separated, default "10000,100000"), requests per endpoint (default 500), and a
 * directory to keep the stores in for later runs (default: none, each store is deleted after its run).
 */
public final class ReadBenchmark {

    /** HTTP/1.1 keeps connections alive as wrk and browsers do, without asking for an h2c upgrade each time. */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    /** Marks a kept store whose corpus was written to the end. */
    private static final String WRITTEN = "written-by-read-benchmark";

    record Latencies(double[] millis) {
        double percentile(double p) {
            double[] sorted = millis.clone();
            Arrays.sort(sorted);
            return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1)];
        }
    }

    /** One kind of request: its URL and the same reads on the Driver, for the i-th sample. */
    record Endpoint(String name, IntFunction<String> path, IntFunction<Runnable> direct) {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = Arrays.stream((args.length > 0 ? args[0] : "10000,100000").split(","))
                .map(String::strip).map(Integer::parseInt).toList();
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        System.out.printf("Read benchmark: sizes %s, %d requests per endpoint, %s, %d cores, max heap %d MB%n",
                sizes, requests, Runtime.version(), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        // A third argument, a directory, keeps each size's store there (DIR/events-N) and measures it again on
        // later runs without writing it anew: a million events take twenty minutes to write.
        String kept = args.length > 2 ? args[2] : "";
        var table = new ArrayList<String>();
        for (int events : sizes) {
            Path store = kept.isBlank() ? Files.createTempDirectory("storygraph-read-benchmark-")
                    : Path.of(kept, "events-" + events);
            boolean written = Files.exists(store.resolve(WRITTEN));
            if (!written && Files.exists(store)) {
                throw new IllegalStateException("The kept store " + store + " was not written to the end: delete it"
                        + " and run again");
            }
            try (var app = Benchmarks.startApp(store)) {
                if (written) {
                    System.out.printf("%d events: measuring the store kept in %s%n", events, store);
                } else {
                    write(app, events);
                    Files.writeString(store.resolve(WRITTEN), "generate --events " + events + " --seed 1\n");
                }
                table.addAll(measure(app, events, requests));
            } finally {
                if (kept.isBlank()) {
                    Benchmarks.deleteRecursively(store);
                }
            }
        }
        System.out.printf("%n%-9s %-26s %8s %8s %8s %8s %8s %8s %9s %9s %8s %8s %8s %9s %9s%n", "events", "endpoint",
                "http p50", "p95", "p99", "direct50", "p95", "p99", "ratio p50", "ratio p99", "curl p50", "p95", "p99",
                "ratio p50", "ratio p99");
        table.forEach(System.out::println);
    }

    /** Writes the synthetic corpus of this size through the loader's write path. */
    private static void write(ConfigurableApplicationContext app, int events) {
        var corpus = new SyntheticCorpus(events, Math.max(2, events / 10), 1);
        long started = System.nanoTime();
        var writer = app.getBean(GraphWriter.class);
        var written = new int[1];
        corpus.articles(1000, articles -> {
            var failures = writer.writeAll(articles);
            if (!failures.isEmpty()) {
                throw new IllegalStateException(failures.size() + " articles failed, first: " + failures.get(0).error());
            }
            // A million events take twenty minutes to write: say how far it is.
            if ((written[0] += articles.size()) % 20_000 < articles.size()) {
                System.out.printf("  %,d of %,d articles written, %.0f s%n", written[0], corpus.articleCount(),
                        (System.nanoTime() - started) / 1e9);
            }
        });
        System.out.printf("%d events: generated and written (%d articles) in %.0f s%n", events, corpus.articleCount(),
                (System.nanoTime() - started) / 1e9);
    }

    private static List<String> measure(ConfigurableApplicationContext app, int events, int requests) throws Exception {
        String base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
        Driver driver = app.getBean(Driver.class);
        CypherFiles cypher = app.getBean(CypherFiles.class);
        Samples samples = Samples.draw(driver, cypher, requests, new Random(42));

        var endpoints = List.of(
                new Endpoint("/api/events entity+window", i -> "/api/events?entity=" + samples.entity(i)
                        + "&from=" + samples.from(i) + "&to=" + samples.to(i),
                        i -> () -> {
                            try (var session = driver.session()) {
                                session.executeRead(tx -> {
                                    var ids = tx.run(cypher.query("events-of-entities"), eventParams(samples, i))
                                            .list(r -> r.get("id").asString());
                                    return tx.run(cypher.query("events-by-ids"), Map.of("ids", ids, "sentences", true)).list();
                                });
                            }
                        }),
                new Endpoint("/api/graph/neighbours", i -> "/api/graph/neighbours?node=" + samples.entity(i),
                        i -> () -> {
                            var params = neighbourParams(samples.entity(i));
                            read(driver, cypher, "graph-node", params);
                            var ids = new ArrayList<String>(List.of(samples.entity(i)));
                            try (var session = driver.session()) {
                                ids.addAll(session.executeRead(tx -> tx.run(cypher.query("graph-entity-neighbours"),
                                        params).list(r -> r.get("id").asString())));
                            }
                            params.put("ids", ids);
                            read(driver, cypher, "graph-links-between", params);
                        }),
                new Endpoint("/api/entities?q=", i -> "/api/entities?q=" + encode(samples.prefix(i)),
                        i -> () -> read(driver, cypher, "entities-search", searchParams(samples.prefix(i)))));
        var rows = new ArrayList<String>();
        // What any request costs here, database or not: the floor under every HTTP figure.
        var floor = new Endpoint("HTTP floor: /actuator/info", i -> "/actuator/info", i -> () -> { });
        for (Endpoint endpoint : Stream.concat(Stream.of(floor), endpoints.stream()).toList()) {
            // Every sample once first: the JIT has seen each kind of answer, and the pages each reads are cached
            // (a kept store reopens with a cold page cache).
            for (int i = 0; i < requests; i++) {
                get(base + endpoint.path().apply(i));
                endpoint.direct().apply(i).run();
            }
            double[] http = new double[requests];
            double[] direct = new double[requests];
            for (int i = 0; i < requests; i++) {
                String url = base + endpoint.path().apply(i);
                http[i] = timed(() -> get(url));
                direct[i] = timed(endpoint.direct().apply(i));
            }
            var h = new Latencies(http);
            var d = new Latencies(direct);
            // The same requests from outside the JVM, so the client's own work is not on the app's clock, set
            // against the direct reads measured again right after.
            var outside = OutsideClient.time(base, endpoint, requests).orElse(new Latencies(new double[] {Double.NaN}));
            double[] directAgain = new double[requests];
            for (int i = 0; i < requests; i++) {
                directAgain[i] = timed(endpoint.direct().apply(i));
            }
            var after = new Latencies(directAgain);
            rows.add(String.format("%-9d %-26s %8.1f %8.1f %8.1f %8.1f %8.1f %8.1f %9.2f %9.2f %8.1f %8.1f %8.1f %9.2f %9.2f",
                    events, endpoint.name(), h.percentile(50), h.percentile(95), h.percentile(99), d.percentile(50),
                    d.percentile(95), d.percentile(99), h.percentile(50) / d.percentile(50),
                    h.percentile(99) / d.percentile(99), outside.percentile(50), outside.percentile(95),
                    outside.percentile(99), outside.percentile(50) / after.percentile(50),
                    outside.percentile(99) / after.percentile(99)));
            System.out.println(rows.get(rows.size() - 1));
        }
        LoadTest.run(base, endpoints.get(0), requests).ifPresent(rows::add);
        System.gc();
        rows.add(String.format("%-9d heap after the run and a full GC: %d MB (max %d MB)", events,
                ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20,
                Runtime.getRuntime().maxMemory() >> 20));
        return rows;
    }

    /** What the API passes for one entity and a year (see timeline.EventFilter). */
    static Map<String, Object> eventParams(Samples samples, int i) {
        var params = new HashMap<String, Object>();
        params.put("entityIds", List.of(samples.entity(i)));
        params.put("type", null);
        params.put("from", LocalDate.parse(samples.from(i)));
        params.put("earliestStart", LocalDate.parse(samples.from(i)).minusDays(366));
        params.put("to", LocalDate.parse(samples.to(i)));
        params.put("minSources", 1);
        params.put("limit", 1000);
        return params;
    }

    static Map<String, Object> searchParams(String prefix) {
        var params = new HashMap<String, Object>();
        params.put("query", prefix + "*");
        params.put("type", null);
        params.put("limit", 50);
        return params;
    }

    static Map<String, Object> neighbourParams(String id) {
        var params = new HashMap<String, Object>();
        params.put("id", id);
        params.put("from", null);
        params.put("to", null);
        params.put("skip", 0);
        params.put("limit", 25);
        return params;
    }

    private static void read(Driver driver, CypherFiles cypher, String query, Map<String, Object> params) {
        try (var session = driver.session()) {
            session.executeRead(tx -> tx.run(cypher.query(query), params).list());
        }
    }

    static void get(String url) {
        try {
            var response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + response.statusCode() + ": "
                        + new String(response.body(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static double timed(Runnable work) {
        long started = System.nanoTime();
        work.run();
        return (System.nanoTime() - started) / 1e6;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
