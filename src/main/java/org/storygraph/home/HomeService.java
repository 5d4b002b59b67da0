package org.storygraph.home;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.storygraph.graph.Graph;
import org.storygraph.system.ConnectedDatabase;

@Service
class HomeService {

    private final Graph graph;
    private final ConnectedDatabase connected;

    HomeService(Graph graph, ConnectedDatabase connected) {
        this.graph = graph;
        this.connected = connected;
    }

    DatabaseSummary database() {
        var version = graph.read("database-version", Map.of(),
                r -> r.get("name").asString() + " " + r.get("version").asString() + " " + r.get("edition").asString());
        return new DatabaseSummary(
                connected.isEmbedded(),
                connected.uri(),
                connected.dataDirectory().orElse(null),
                version.isEmpty() ? "Neo4j" : version.get(0));
    }

    List<LabelCount> labelCounts() {
        return graph.read("node-counts", Map.of(),
                r -> new LabelCount(r.get("label").asString(), r.get("nodes").asLong()));
    }

    record DatabaseSummary(boolean embedded, String uri, String dataDirectory, String product) {
    }

    record LabelCount(String label, long nodes) {
    }
}
