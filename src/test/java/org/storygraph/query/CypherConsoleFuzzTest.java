package org.storygraph.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.storygraph.Fuzz;
import org.storygraph.IntegrationTest;
import org.storygraph.graph.CypherFiles;
import org.storygraph.ingest.write.GraphWriter;
import org.storygraph.ingest.write.StoryFixture;
import org.storygraph.system.StorygraphProperties;

/**
 * Random and mutated queries, parameters and request bodies (malformed JSON included) at POST /api/cypher: never a
 * 5xx, never longer than the console's time limit allows, every refusal says why, and the graph is unchanged.
 */
class CypherConsoleFuzzTest extends IntegrationTest {


    private static final List<String> TOKENS = List.of(
            "MATCH", "(n)", "(n:Entity)", "(a)-[r]->(b)", "RETURN", "n", "r", "*", "CREATE", "DELETE", "DETACH", "SET",
            "n.x = 1", "MERGE", "REMOVE", "n:Label", "FOREACH", "(x IN [1] |", ")", "CALL", "db.labels()",
            "db.createLabel('X')", "dbms.setConfigValue('a','b')", "apoc.periodic.iterate", "YIELD", "label", "WITH",
            "UNWIND", "range(1, 100000000)", "AS", "x", "WHERE", "=", "<>", "$p", "$`weird name`", "'a string'",
            "\"CREATE\"", "// CREATE", "/* DELETE */", "/*", "{", "}", "USE", "system", "SHOW", "DATABASES", "USERS",
            "LOAD", "CSV", "FROM", "'file:///etc/passwd'", "EXPLAIN", "PROFILE", "CYPHER", "5", "runtime=slotted",
            "IN", "TRANSACTIONS", "OF", "10", "ROWS", "`SET`", "`", "count(*)", "LIMIT", "-1", "SKIP",
            "99999999999999999999", "ORDER", "BY", "DESC", "UNION", "ALL", "OPTIONAL", "shortestPath((a)-[*]-(b))",
            "[*..]", "CONSTRAINT", "INDEX", "DROP", "TERMINATE", "TRANSACTION", "GRANT", "ALTER", ";", ",", ".", ":",
            "null", "true", "1.0e999", "'\\u0000'", "'unclosed", "reduce(s = 0, i IN [1] | s + i)", "size(n.aliases)");

    @Autowired
    Driver driver;

    @Autowired
    GraphWriter writer;

    @Autowired
    CypherFiles files;

    @Autowired
    StorygraphProperties properties;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void noQueryOrBodyMakesTheConsoleFailHangOrWrite() {
        writer.write(new StoryFixture("consolefuzz-").articleA());
        var fuzz = Fuzz.create("the Cypher console");
        var examples = CypherExamples.parse(files.file("examples.cypher")).stream().map(CypherExamples.Example::query).toList();
        Duration bound = properties.query().timeout().plusSeconds(5);
        String before = graphDigest();
        int requests = Fuzz.count(300);
        var statuses = new TreeMap<Integer, Integer>();
        var failures = new TreeMap<String, String>();
        long started = System.nanoTime();
        for (int i = 0; i < requests; i++) {
            String body = body(fuzz, examples);
            String contentType = fuzz.chance(0.97) ? "application/json" : fuzz.pick(List.of("text/plain", "application/xml", "application/json; charset=latin1"));
            String context = "seed " + fuzz.seed() + ", request " + i + ": POST /api/cypher (" + contentType + ") " + body;
            long sent = System.nanoTime();
            HttpResponse<String> response = post(body, contentType, bound, context);
            statuses.merge(response.statusCode(), 1, Integer::sum);
            try {
                assertThat(Duration.ofNanos(System.nanoTime() - sent)).as(context).isLessThan(bound);
                Fuzz.assertAnswered(response, context);
            } catch (AssertionError e) {
                failures.putIfAbsent(response.statusCode() + " " + failures.size() / 20, e.getMessage());
            }
        }
        System.out.printf("Console fuzz: %d requests in %d ms, statuses %s%n", requests,
                Duration.ofNanos(System.nanoTime() - started).toMillis(), statuses);
        assertThat(failures).as("seed " + fuzz.seed()).isEmpty();
        assertThat(graphDigest()).as("the graph after the console fuzz (seed " + fuzz.seed() + ")").isEqualTo(before);
    }

    private static String body(Fuzz fuzz, List<String> examples) {
        return switch (fuzz.nextInt(10)) {
            case 0 -> fuzz.pick(List.of("", "{", "}", "null", "[]", "[1]", "42", "\"MATCH (n) RETURN n\"", "{\"query\": ",
                    "{\"query\": \"RETURN 1\",}", "{\"query\": \"RETURN 1\"} {}", "{'query': 'RETURN 1'}", "{\"query\": 1}",
                    "{\"query\": [\"RETURN 1\"]}", "{\"query\": {\"a\": 1}}", "{\"query\": null}", "{\"params\": {}}",
                    "{\"query\": \"RETURN $p\", \"params\": [1]}", "{\"query\": \"RETURN $p\", \"params\": \"p\"}",
                    "{\"query\": \"RETURN $p\", \"params\": 5}", "{\"query\": \"RETURN 1\", \"query\": \"RETURN 2\"}",
                    "[".repeat(5000), "{\"query\": \"RETURN 1\", \"params\": " + "{\"a\": ".repeat(3000) + "1" + "}".repeat(3001)));
            case 1 -> fuzz.mutate("{\"query\": \"" + Fuzz.jsonText(fuzz.pick(examples)) + "\", \"params\": {\"from\": \"Michael Hancock\"}}",
                    1 + fuzz.nextInt(4));
            case 2 -> request(fuzz.randomText(fuzz.nextInt(80)), params(fuzz));
            default -> request(query(fuzz, examples), params(fuzz));
        };
    }

    private static String query(Fuzz fuzz, List<String> examples) {
        return switch (fuzz.nextInt(4)) {
            case 0 -> fuzz.mutate(fuzz.pick(examples), 1 + fuzz.nextInt(5));
            case 1 -> fuzz.pick(examples);
            default -> {
                var soup = new StringBuilder();
                int n = 1 + fuzz.nextInt(12);
                for (int i = 0; i < n; i++) {
                    soup.append(fuzz.pick(TOKENS)).append(fuzz.chance(0.9) ? " " : "\n");
                }
                yield soup.toString();
            }
        };
    }

    private static String params(Fuzz fuzz) {
        if (fuzz.chance(0.4)) {
            return null;
        }
        var params = new StringBuilder("{");
        int n = fuzz.nextInt(4);
        for (int i = 0; i < n; i++) {
            String value = switch (fuzz.nextInt(6)) {
                case 0 -> "\"" + Fuzz.jsonText(fuzz.value()) + "\"";
                case 1 -> Long.toString(fuzz.random().nextLong());
                case 2 -> fuzz.pick(List.of("null", "true", "1.5e308", "[]", "[1, \"a\", null]", "{\"x\": {\"y\": [1]}}"));
                case 3 -> "\"Michael Hancock\"";
                default -> "-0.0";
            };
            params.append(i == 0 ? "" : ", ").append('"').append(fuzz.pick(List.of("p", "from", "to", "name", "", "a b")))
                    .append("\": ").append(value);
        }
        return params.append('}').toString();
    }

    private static String request(String query, String params) {
        return "{\"query\": \"" + Fuzz.jsonText(query) + "\"" + (params == null ? "" : ", \"params\": " + params) + "}";
    }

    private HttpResponse<String> post(String body, String contentType, Duration bound, String context) {
        return Fuzz.send(HttpRequest.newBuilder(URI.create(url("/api/cypher"))).timeout(bound.multipliedBy(2))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(), context);
    }

    /** Every node and relationship with its labels or type and properties, and the schema, as one hash. */
    private String graphDigest() {
        try (var session = driver.session()) {
            var lines = new java.util.ArrayList<String>();
            session.run("MATCH (n) RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS p")
                    .forEachRemaining(r -> lines.add(r.get("id").asString() + r.get("labels").asList() + new TreeMap<>(r.get("p").asMap())));
            session.run("MATCH ()-[r]->() RETURN elementId(r) AS id, type(r) AS type, properties(r) AS p")
                    .forEachRemaining(r -> lines.add(r.get("id").asString() + r.get("type").asString() + new TreeMap<>(r.get("p").asMap())));
            session.run("SHOW INDEXES YIELD name RETURN name").forEachRemaining(r -> lines.add("index " + r.get("name").asString()));
            session.run("SHOW CONSTRAINTS YIELD name RETURN name").forEachRemaining(r -> lines.add("constraint " + r.get("name").asString()));
            java.util.Collections.sort(lines);
            var digest = MessageDigest.getInstance("SHA-256");
            lines.forEach(line -> digest.update(line.getBytes(StandardCharsets.UTF_8)));
            return lines.size() + " items, " + HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
