package org.storygraph.home;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.storygraph.graph.Graph;
import org.storygraph.system.ConnectedDatabase;

@Service
class HomeService {

    private static final int MOST_CONNECTED = 10;

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

    Overview overview() {
        return graph.read("overview", Map.of("limit", MOST_CONNECTED), r -> new Overview(
                r.get("entityTypes").asList(v -> new Overview.TypeCount(v.get("type").asString(null),
                        v.get("entities").asLong())),
                r.get("events").asLong(),
                r.get("firstEventDay").isNull() ? null : r.get("firstEventDay").asLocalDate(),
                r.get("lastEventDay").isNull() ? null : r.get("lastEventDay").asLocalDate(),
                r.get("mostConnected").asList(v -> new Overview.Connected(v.get("id").asString(),
                        v.get("name").asString(null), v.get("type").asString(null), v.get("links").asLong()))))
                .get(0);
    }

    record DatabaseSummary(boolean embedded, String uri, String dataDirectory, String product) {
    }

    record LabelCount(String label, long nodes) {
    }
}
