package org.storygraph.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.ClientException;
import org.springframework.beans.factory.annotation.Autowired;
import org.storygraph.IntegrationTest;
import org.storygraph.graph.AdHocCypher;
import org.storygraph.ingest.write.GraphWriter;
import org.storygraph.ingest.write.StoryFixture;

class CypherConsoleTest extends IntegrationTest {

    @Autowired
    GraphWriter writer;

    @Autowired
    Driver driver;

    @Autowired
    AdHocCypher adHoc;

    @Autowired
    CypherExamples examples;

    private final StoryFixture story = new StoryFixture("cq" + UUID.randomUUID().toString().substring(0, 8) + "-");

    @BeforeEach
    void loadStory() {
        writer.write(story.articleA());
    }

    @Test
    void returnsColumnsRowsAndTimeWithParameters() {
        var response = cypher("MATCH (e:Entity {id: $id}) RETURN e.name AS name, e.type AS type, $n + 1 AS next",
                Map.of("id", story.hancock(), "n", 41));

        assertThat(response.status()).isEqualTo(200);
        var body = response.body();
        assertThat(texts(body.get("columns"))).containsExactly("name", "type", "next");
        assertThat(body.get("rows")).hasSize(1);
        assertThat(texts(body.get("rows").get(0))).containsExactly("Michael Hancock", "PERSON", "42");
        assertThat(body.get("truncated").asBoolean()).isFalse();
        assertThat(body.get("millis").isIntegralNumber()).isTrue();
    }

    @Test
    void writesNodesRelationshipsPathsAndTemporalValuesAsJson() {
        var response = cypher("""
                MATCH path = (e:Entity {id: $id})-[r:PARTICIPATES_IN]->(v:Event)
                RETURN e, r, path, date('2018-01-24') AS day, datetime('2018-01-24T10:15:00Z') AS instant,
                       duration('P1DT2H') AS span, [1, 'two', null] AS list, {a: 1.5} AS map""",
                Map.of("id", story.hancock()));

        assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
        var row = response.body().get("rows").get(0);
        var node = row.get(0);
        assertThat(node.get("id").asText()).isNotBlank();
        assertThat(texts(node.get("labels"))).containsExactly("Entity");
        assertThat(node.get("properties").get("name").asText()).isEqualTo("Michael Hancock");
        var relationship = row.get(1);
        assertThat(relationship.get("type").asText()).isEqualTo("PARTICIPATES_IN");
        assertThat(relationship.get("start").asText()).isEqualTo(node.get("id").asText());
        assertThat(relationship.get("end").asText()).isNotBlank();
        assertThat(relationship.get("properties").get("role").asText()).isEqualTo("AGENT");
        var path = row.get(2);
        assertThat(path.get("nodes")).hasSize(2);
        assertThat(path.get("relationships")).hasSize(1);
        assertThat(row.get(3).asText()).isEqualTo("2018-01-24");
        assertThat(row.get(4).asText()).isEqualTo("2018-01-24T10:15:00Z");
        assertThat(row.get(5).asText()).isEqualTo("P0M1DT7200S");
        assertThat(row.get(6).toString()).isEqualTo("[1,\"two\",null]");
        assertThat(row.get(7).get("a").asDouble()).isEqualTo(1.5);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "CREATE (n:ConsoleProbe) RETURN n",
            "MERGE (n:Entity {id: 'console-probe'}) RETURN n",
            "MATCH (e:Entity) SET e.touched = true RETURN count(e)",
            "MATCH (e:Entity) WITH e LIMIT 1 DELETE e",
            "MATCH (e:Entity) DETACH DELETE e",
            "MATCH (e:Entity) REMOVE e.name RETURN count(e)",
            "match (e:Entity) remove e:Entity",
            "MATCH (e:Entity) FOREACH (x IN [1] | SET e.x = x)",
            "INSERT (n:ConsoleProbe)",
            "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
            "CREATE INDEX console_probe FOR (n:ConsoleProbe) ON (n.name)",
            "DROP CONSTRAINT entity_id",
            "CALL db.createLabel('ConsoleProbe')",
            "CALL db.createProperty('consoleProbe')",
            "CALL db.clearQueryCaches()",
            "USE system SHOW USERS",
            "STOP DATABASE neo4j",
            "MATCH (n) CALL (n) { SET n.x = 1 } IN TRANSACTIONS RETURN count(*)",
            "/* harmless? */ MATCH (n) // no\nCREATE (m)",
    })
    void refusesWritesFilesSchemaAndAdministrationAndChangesNothing(String query) {
        var before = snapshot();

        var response = cypher(query, Map.of());

        assertThat(response.status()).as(query + " -> " + response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().get("title").asText()).as(query + " -> " + response.body()).isEqualTo("Query refused");
        assertThat(response.body().get("detail").asText()).startsWith("The console only reads: ");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void keywordsInStringsCommentsNamesAndMapKeysAreNotClauses() {
        var response = cypher("""
                // CREATE nothing, DELETE nothing
                MATCH (e:Entity {id: $id}) /* SET? no */
                RETURN 'CREATE (n)' AS text, {set: 1, delete: 2} AS map, e.name AS `DELETE`, "LOAD CSV" AS quoted""",
                Map.of("id", story.hancock()));

        assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
        assertThat(texts(response.body().get("columns"))).containsExactly("text", "map", "DELETE", "quoted");
    }

    @Test
    void readProceduresAndSubqueriesRun() {
        var response = cypher("""
                CALL db.labels() YIELD label
                CALL (label) { RETURN toLower(label) AS lower }
                RETURN label, lower ORDER BY label""", Map.of());

        assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
        assertThat(response.body().get("rows").size()).isPositive();
    }

    @Test
    void theDatabaseRefusesWritesAgainIfTheyGetPastTheScreen() {
        var before = snapshot();

        assertThatThrownBy(() -> adHoc.read("CREATE (n:ConsoleProbe) RETURN n", Map.of(), Duration.ofSeconds(5), 10,
                r -> r)).isInstanceOf(ClientException.class);

        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void explainAndProcedureModesAreTheLayersBehindTheKeywordScreen() {
        for (var write : List.of("EXPLAIN CREATE (n)", "EXPLAIN MATCH (n) SET n.x = 1", "EXPLAIN CREATE INDEX probe FOR (n:P) ON (n.x)")) {
            assertThat(adHoc.plannedType(write, Map.of(), Duration.ofSeconds(5))).as(write)
                    .isNotEqualTo(org.neo4j.driver.summary.QueryType.READ_ONLY);
        }
        var response = cypher("CALL db.createRelationshipType('CONSOLE_PROBE')", Map.of());
        assertThat(response.body().get("detail").asText()).contains("db.createRelationshipType", "WRITE");
    }

    @Test
    void explainProfileAndCypherOptionsAreAccepted() {
        for (var query : List.of("EXPLAIN MATCH (n) RETURN n", "PROFILE MATCH (n) RETURN count(n) AS n",
                "CYPHER 5 MATCH (n) RETURN count(n) AS n", "CYPHER runtime=slotted MATCH (n) RETURN count(n) AS n")) {
            var response = cypher(query, Map.of());
            assertThat(response.status()).as(query + " -> " + response.body()).isEqualTo(200);
        }
    }

    @Test
    void capsTheRowsAndSaysSo() {
        var response = cypher("UNWIND range(1, 2500) AS i RETURN i", Map.of());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().get("rows")).hasSize(1000);
        assertThat(response.body().get("rows").get(999).get(0).asInt()).isEqualTo(1000);
        assertThat(response.body().get("truncated").asBoolean()).isTrue();
        assertThat(openTransactions()).isZero();
    }

    @Test
    void stopsAQueryPastTheTimeoutWithA422AndLeavesNoTransactionOpen() {
        var before = snapshot();
        long started = System.nanoTime();

        var response = cypher("""
                UNWIND range(1, 100000000) AS a
                UNWIND range(1, 100000000) AS b
                WITH a, b WHERE a * b = -1
                RETURN count(*) AS never""", Map.of());

        assertThat(response.status()).as(response.body().toString()).isEqualTo(422);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().get("title").asText()).isEqualTo("Query timed out");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
        assertThat(openTransactions()).isZero();
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aSyntaxErrorIsA400WithNeo4jsMessageAndThePositionAsTyped() {
        var response = cypher("MATCH (n)\nRETRUN n", Map.of());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("title").asText()).isEqualTo("Syntax error");
        assertThat(response.body().get("detail").asText()).contains("RETRUN").doesNotContain("EXPLAIN");
        var position = response.body().get("position");
        assertThat(position.get("line").asInt()).isEqualTo(2);
        assertThat(position.get("column").asInt()).isEqualTo(1);
        assertThat(position.get("offset").asInt()).isEqualTo(10);

        var firstLine = cypher("MATCH (n) RETRUN n", Map.of()).body().get("position");
        assertThat(firstLine.get("line").asInt()).isEqualTo(1);
        assertThat(firstLine.get("column").asInt()).isEqualTo(11);
        assertThat(firstLine.get("offset").asInt()).isEqualTo(10);
    }

    @Test
    void otherQueryErrorsAre400sNever500s() {
        for (var query : List.of("RETURN $missing", "RETURN 1 / 0", "CALL no.such.procedure()", "RETURN toInteger([1])",
                "MATCH (n) RETURN n; MATCH (m) RETURN m")) {
            var response = cypher(query, Map.of());
            assertThat(response.status()).as(query + " -> " + response.body()).isEqualTo(400);
            assertThat(response.contentType()).as(query).startsWith("application/problem+json");
        }
        assertThat(postJson("/api/cypher", Map.of()).status()).isEqualTo(400);
        assertThat(postJson("/api/cypher", Map.of("query", "RETURN 1", "params", List.of(1))).status()).isEqualTo(400);
        assertThat(openTransactions()).isZero();
    }

    @Test
    void everyExampleRuns() {
        assertThat(examples.all()).extracting(CypherExamples.Example::name).contains("Hancock's timeline",
                "Who quoted whom", "Events with most sources", "Shortest path between two entities",
                "Entities by number of articles", "Roles held");
        for (var example : examples.all()) {
            var params = readJson(example.params());
            var response = cypher(example.query(), params);
            assertThat(response.status()).as(example.name() + " -> " + response.body()).isEqualTo(200);
        }
    }

    @Test
    void theConsolePageListsTheExamples() {
        var page = get("/query");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"cypher-query\"", "id=\"cypher-graph\"", "/js/query.js",
                "codemirror/5.65.19/mode/cypher/cypher.js", "Hancock&#39;s timeline", "full write access");
        assertThat(get("/webjars/codemirror/mode/cypher/cypher.js").statusCode()).isEqualTo(200);
    }

    private JsonResponse cypher(String query, Map<String, Object> params) {
        return postJson("/api/cypher", Map.of("query", query, "params", params));
    }

    private List<Object> snapshot() {
        try (var session = driver.session()) {
            return session.run("""
                    RETURN COUNT { MATCH (n) } AS nodes, COUNT { MATCH ()-[r]->() } AS relationships,
                           COLLECT { CALL db.labels() YIELD label RETURN label ORDER BY label } AS labels,
                           COLLECT { CALL db.propertyKeys() YIELD propertyKey RETURN propertyKey ORDER BY propertyKey } AS keys,
                           COLLECT { MATCH (n) WHERE n.touched IS NOT NULL OR n.x IS NOT NULL RETURN n } AS touched
                    """).single().values().stream().map(v -> (Object) v.asObject()).toList();
        }
    }

    private long openTransactions() {
        try (var session = driver.session()) {
            return session.run("SHOW TRANSACTIONS YIELD currentQuery, metaData WHERE metaData.app = 'storygraph-console'"
                    + " RETURN count(*) AS n").single().get("n").asLong();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> readJson(String json) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readValue(json, Map.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> texts(JsonNode array) {
        var texts = new ArrayList<String>();
        array.forEach(v -> texts.add(v.asText()));
        return texts;
    }
}
