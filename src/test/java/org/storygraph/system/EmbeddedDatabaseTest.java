package org.storygraph.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.storygraph.IntegrationTest;

class EmbeddedDatabaseTest extends IntegrationTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    Driver driver;

    @Autowired
    EmbeddedNeo4j embedded;

    @Test
    void writesAndReadsThroughTheDriver() {
        String id = UUID.randomUUID().toString();
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> tx.run("CREATE (:Probe {id: $id})", Map.of("id", id)));
            long found = session.executeRead(tx ->
                    tx.run("MATCH (p:Probe {id: $id}) RETURN count(p) AS n", Map.of("id", id)).single().get("n").asLong());
            assertThat(found).isEqualTo(1);
        }
    }

    @Test
    void embeddedServerListensOnLoopbackOnAFreePortAndStoresInTheConfiguredDirectory() {
        assertThat(embedded.boltUri().getHost()).isEqualTo("127.0.0.1");
        assertThat(embedded.boltUri().getPort()).isPositive().isNotEqualTo(7687);
        assertThat(embedded.home()).isEqualTo(DATA_DIR.toAbsolutePath().normalize());
        assertThat(DATA_DIR.resolve("logs/debug.log")).exists();
    }

    @Test
    void anExternalClientSeesWhatTheAppWrote() {
        String id = UUID.randomUUID().toString();
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> tx.run("CREATE (:Probe {id: $id})", Map.of("id", id)));
        }
        try (Driver external = GraphDatabase.driver(embedded.boltUri(), AuthTokens.none());
             var session = external.session()) {
            long found = session.run("MATCH (p:Probe {id: $id}) RETURN count(p) AS n", Map.of("id", id))
                    .single().get("n").asLong();
            assertThat(found).isEqualTo(1);
        }
    }

    @Test
    void healthIsUpAndIncludesNeo4j() throws Exception {
        var response = http.send(HttpRequest.newBuilder(URI.create(url("/actuator/health"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"").contains("\"neo4j\":{\"status\":\"UP\"");
    }

    @Test
    void homePageNamesTheDatabaseAndCountsNodesPerLabel() throws Exception {
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> tx.run("CREATE (:HomeProbe)"));
        }
        var response = http.send(HttpRequest.newBuilder(URI.create(url("/"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains(embedded.boltUri().toString())
                .contains("embedded")
                .contains("Neo4j Kernel 5.26")
                .containsPattern("<td>HomeProbe</td>\\s*<td class=\"number\">1</td>");
    }
}
