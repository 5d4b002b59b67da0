package org.storygraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.storygraph.Fuzz;
import org.storygraph.IntegrationTest;
import org.storygraph.ingest.write.GraphWriter;
import org.storygraph.ingest.write.StoryFixture;

/**
 * Every parameter of every GET /api/** endpoint (and oEmbed) with random, unicode, huge, negative,
 * injection-looking and path-traversing values, mixed with real ids and dates so that the deeper paths run too:
 * never a 5xx, never slow, and every rejection a problem detail that says why.
 */
class ApiFuzzTest extends IntegrationTest {

    private static final Duration BOUND = Duration.ofSeconds(5);

    @Autowired
    GraphWriter writer;

    private final StoryFixture story = new StoryFixture("apifuzz-");

    /** An endpoint: its path (with {id} for a path variable) and how to make each of its parameters. */
    private record Endpoint(String path, Map<String, Function<Fuzz, String>> parameters) {
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void noParameterValueMakesTheApiFailOrHang() {
        writer.write(story.articleA());
        writer.write(story.articleB());
        var fuzz = Fuzz.create("the JSON API");
        var endpoints = endpoints();
        int requests = Fuzz.count(400);
        var statuses = new TreeMap<Integer, Integer>();
        var failures = new TreeMap<String, String>();
        var millis = new TreeMap<String, Long>();
        long started = System.nanoTime();
        for (int i = 0; i < requests; i++) {
            var endpoint = fuzz.pick(endpoints);
            String url = url(endpoint, fuzz);
            String context = "seed " + fuzz.seed() + ", request " + i + ": GET " + url;
            long before = System.nanoTime();
            String method = fuzz.chance(0.05) ? fuzz.pick(List.of("POST", "PUT", "DELETE", "PATCH")) : "GET";
            context = context.replace("GET ", method + " ");
            HttpResponse<String> response = send(method, url, context);
            statuses.merge(response.statusCode(), 1, Integer::sum);
            millis.merge(endpoint.path(), (System.nanoTime() - before) / 1_000_000, Long::sum);
            try {
                assertThat(Duration.ofNanos(System.nanoTime() - before)).as(context).isLessThan(BOUND);
                Fuzz.assertAnswered(response, context);
            } catch (AssertionError e) {
                // The first failure of each endpoint and status, so one run shows every kind of bug.
                failures.putIfAbsent(endpoint.path() + " " + response.statusCode(), e.getMessage());
            }
        }
        System.out.printf("API fuzz: %d requests in %d ms, statuses %s, ms per endpoint %s%n", requests,
                Duration.ofNanos(System.nanoTime() - started).toMillis(), statuses, millis);
        assertThat(failures).as("seed " + fuzz.seed()).isEmpty();
    }

    private List<Endpoint> endpoints() {
        Function<Fuzz, String> entity = f -> f.chance(0.4) ? f.pick(List.of(story.hancock(), story.denver(), story.ice())) : f.value();
        Function<Fuzz, String> event = f -> f.chance(0.4) ? f.pick(List.of(story.decline(), story.criticism())) : f.value();
        Function<Fuzz, String> node = f -> f.chance(0.5) ? entity.apply(f) : event.apply(f);
        Function<Fuzz, String> article = f -> f.chance(0.4) ? f.pick(List.of(story.a(), story.b())) : f.value();
        Function<Fuzz, String> type = f -> f.chance(0.5) ? f.pick(List.of("PERSON", "ORGANIZATION", "PLACE", "LAW",
                "PROGRAM", "PRODUCT", "person", "EVENT", "CO_OCCURS", "ROLE", "PARTICIPATES_IN")) : f.value();
        Function<Fuzz, String> date = f -> f.chance(0.5) ? f.pick(List.of("2018-01-24", "2018-01", "2018", "2017-12-31",
                "2018-02-29", "2020-02-29", "0000-01-01", "9999-12-31", "2018-1-1", "18")) : f.value();
        Function<Fuzz, String> number = f -> f.chance(0.6) ? f.pick(List.of("-1", "0", "1", "2", "25", "200", "201", "500",
                "501", "10000", "10001", "2147483647", "2147483648", "-2147483648", "99999999999999999999", "1.5", "0x10",
                " 5", "5 ", "+5", "-0", "1e3")) : f.value();
        Function<Fuzz, String> bool = f -> f.chance(0.6) ? f.pick(List.of("true", "false", "TRUE", "1", "0", "yes", "on")) : f.value();
        Function<Fuzz, String> timelineUrl = f -> f.chance(0.6)
                ? f.pick(List.of(url("/timeline"), "http://localhost/timeline", "https://example.org/timeline"))
                        + "?entity=" + encode(entity.apply(f)) + "&from=" + encode(date.apply(f)) + "&height=" + encode(number.apply(f))
                : f.value();
        Function<Fuzz, String> any = Fuzz::value;
        Function<Fuzz, String> lanes = f -> f.chance(0.5) ? f.pick(List.of("entity", "outlet")) : f.value();
        Function<Fuzz, String> format = f -> f.chance(0.7) ? "json" : f.value();
        return List.of(
                new Endpoint("/api/articles", ordered()),
                new Endpoint("/api/articles/{id}", ordered("{id}", article)),
                new Endpoint("/api/entities", ordered("q", any, "type", type, "limit", number)),
                new Endpoint("/api/entities/{id}", ordered("{id}", entity)),
                new Endpoint("/api/events", ordered("entity", entity, "type", type, "from", date, "to", date,
                        "minSources", number, "limit", number, "sentences", bool)),
                new Endpoint("/api/events/{id}", ordered("{id}", event)),
                new Endpoint("/api/graph/neighbours", ordered("node", node, "events", bool, "from", date, "to", date,
                        "skip", number, "limit", number)),
                new Endpoint("/api/graph/evidence", ordered("source", node, "target", node, "type", type, "from", date,
                        "to", date)),
                new Endpoint("/api/overview", ordered()),
                new Endpoint("/api/quotes", ordered("speaker", entity)),
                new Endpoint("/api/export/timelinejs", ordered("entity", entity, "from", date, "to", date)),
                new Endpoint("/api/export/graphml", ordered("entity", entity, "depth", number)),
                new Endpoint("/api/export/events.csv", ordered("entity", entity, "from", date, "to", date)),
                new Endpoint("/api/embed-snippet", ordered("entity", entity, "from", date, "to", date,
                        "lanes", lanes, "height", number)),
                new Endpoint("/api/{id}", ordered("{id}", any)),
                new Endpoint("/api/entities/{id}/{id}", ordered("{id}", any)),
                new Endpoint("/oembed", ordered("url", timelineUrl, "maxwidth", number, "maxheight", number,
                        "format", format)));
    }

    /** Parameters in a fixed order, so that a seed replays the same requests (Map.of's order changes per run). */
    @SuppressWarnings("unchecked")
    private static Map<String, Function<Fuzz, String>> ordered(Object... namesAndValues) {
        var parameters = new LinkedHashMap<String, Function<Fuzz, String>>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            parameters.put((String) namesAndValues[i], (Function<Fuzz, String>) namesAndValues[i + 1]);
        }
        return parameters;
    }

    /** Each parameter present, absent, repeated or empty, in any order; sometimes one the endpoint does not know. */
    private String url(Endpoint endpoint, Fuzz fuzz) {
        String path = endpoint.path();
        var query = new StringBuilder();
        for (var parameter : endpoint.parameters().entrySet()) {
            if (parameter.getKey().equals("{id}")) {
                path = path.replace("{id}", encodePath(parameter.getValue().apply(fuzz)));
                continue;
            }
            int times = fuzz.chance(0.35) ? 0 : fuzz.chance(0.9) ? 1 : 2;
            for (int i = 0; i < times; i++) {
                String value = fuzz.chance(0.05) ? "" : parameter.getValue().apply(fuzz);
                query.append(query.isEmpty() ? "?" : "&").append(parameter.getKey()).append('=').append(encode(value));
            }
        }
        if (fuzz.chance(0.05)) {
            query.append(query.isEmpty() ? "?" : "&").append(encode(fuzz.value())).append('=').append(encode(fuzz.value()));
        }
        return url(path + query);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /**
     * Path segments may not hold a slash, a backslash or NUL, even encoded: Tomcat refuses those with a bare 400
     * before the app sees the request (ids never contain them).
     */
    static String encodePath(String value) {
        String segment = encode(value.replace('/', '_').replace('\\', '_').replace('\0', '_')).replace("+", "%20");
        return segment.equals(".") || segment.equals("..") || segment.isEmpty() ? "_" + segment : segment;
    }

    private static HttpResponse<String> send(String method, String url, String context) {
        return Fuzz.send(HttpRequest.newBuilder(URI.create(url)).timeout(BOUND.multipliedBy(2))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), context);
    }
}
