package org.storygraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.storygraph.IntegrationTest;

class GraphSchemaTest extends IntegrationTest {

    @Autowired
    GraphSchema schema;

    @Autowired
    Driver driver;

    @Test
    void schemaIsInPlaceAfterStartAndApplyingItAgainChangesNothing() {
        List<String> before = schemaObjects();
        assertThat(before).contains("article_id", "entity_id", "event_id", "quote_id", "entity_names");

        schema.apply();

        assertThat(schemaObjects()).isEqualTo(before);
    }

    @Test
    void aStoreWrittenByAnOlderVersionIsUpgradedWhenTheSchemaIsApplied() {
        // As stored before entities kept totals and co-occurrences kept only their weight.
        var ids = Map.<String, Object>of("a", "schema-upgrade-a", "b", "schema-upgrade-b");
        try (var session = driver.session()) {
            session.run("""
                    CREATE (a:Entity {id: $a, name: 'A', type: 'PERSON'})-[:CO_OCCURS {weight: 2, sentences: ['x#0', 'y#3']}]->
                           (b:Entity {id: $b, name: 'B', type: 'PLACE'})""", ids).consume();
            try {
                schema.apply();

                var upgraded = session.run("""
                        MATCH (a:Entity {id: $a})-[r:CO_OCCURS]->(b:Entity {id: $b})
                        RETURN properties(r) AS pair, a.mentions AS mentions, a.articles AS articles""", ids).single();
                assertThat(upgraded.get("pair").asMap()).containsExactly(Map.entry("weight", 2L));
                assertThat(upgraded.get("mentions").asLong()).isZero();
                assertThat(upgraded.get("articles").asLong()).isZero();
            } finally {
                session.run("MATCH (e:Entity) WHERE e.id IN [$a, $b] DETACH DELETE e", ids).consume();
            }
        }
    }

    @Test
    void scriptsSplitIntoStatementsWithoutComments() {
        var statements = CypherFiles.splitStatements("""
                // a comment; with a semicolon
                CREATE CONSTRAINT a IF NOT EXISTS
                  FOR (n:A) REQUIRE n.id IS UNIQUE;

                CREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.x);
                """);
        assertThat(statements).containsExactly(
                "CREATE CONSTRAINT a IF NOT EXISTS\n  FOR (n:A) REQUIRE n.id IS UNIQUE",
                "CREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.x)");
    }

    private List<String> schemaObjects() {
        try (var session = driver.session()) {
            var constraints = session.run("SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name").list(r -> r.get(0).asString());
            var indexes = session.run("SHOW INDEXES YIELD name RETURN name ORDER BY name").list(r -> r.get(0).asString());
            return java.util.stream.Stream.concat(constraints.stream(), indexes.stream()).toList();
        }
    }
}
