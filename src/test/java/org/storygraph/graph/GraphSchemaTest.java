package org.storygraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
