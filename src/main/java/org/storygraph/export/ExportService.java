package org.storygraph.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Service;
import org.storygraph.graph.Graph;
import org.storygraph.web.BadParameter;
import org.storygraph.web.DateSpan;
import org.storygraph.web.NotFound;

/** Reads what the exports write, with the filters the timeline has. */
@Service
class ExportService {

    static final int MAX_DEPTH = 3;

    private final Graph graph;

    ExportService(Graph graph) {
        this.graph = graph;
    }

    /** The entity's name; 404 when there is none with that id. */
    String entityName(String entityId) {
        var names = graph.read("entity-name", Map.of("id", entityId), r -> r.get("name").asString(entityId));
        if (names.isEmpty()) {
            throw new NotFound("entity", entityId);
        }
        return names.get(0);
    }

    List<ExportedEvent> events(String entityId, DateSpan from, DateSpan to) {
        if (from != null && to != null && from.first().isAfter(to.last())) {
            throw new BadParameter("from", "from " + from.first() + " is after to " + to.last());
        }
        if (entityId != null) {
            entityName(entityId);
        }
        var params = new HashMap<String, Object>();
        params.put("entityId", entityId);
        params.put("from", from == null ? null : from.first());
        params.put("to", to == null ? null : to.last());
        return graph.read("export-events", params, r -> new ExportedEvent(
                r.get("id").asString(),
                r.get("date").asString(null),
                r.get("precision").asString(null),
                r.get("dateBasis").asString(null),
                r.get("title").asString(null),
                r.get("start").isNull() ? null : r.get("start").asLocalDate(),
                r.get("end").isNull() ? null : r.get("end").asLocalDate(),
                r.get("participants").asList(ExportService::participant),
                r.get("sources").asList(ExportService::source)));
    }

    /** The whole graph of entities and events, or the part within {@code depth} steps of the entity. */
    GraphExport graph(String entityId, Integer depth) {
        List<String> ids = null;
        if (entityId != null) {
            int steps = depth == null ? 1 : depth;
            if (steps < 1 || steps > MAX_DEPTH) {
                throw new BadParameter("depth", "depth must be between 1 and " + MAX_DEPTH + ", was " + steps);
            }
            entityName(entityId);
            ids = List.copyOf(within(entityId, steps));
        } else if (depth != null) {
            throw new BadParameter("depth", "depth needs an entity to start from");
        }
        var params = new HashMap<String, Object>();
        params.put("ids", ids);
        var nodes = graph.read("export-graph-nodes", params, r -> new GraphExport.Node(r.get("id").asString(),
                r.get("label").asString(), r.get("type").asString(null), r.get("name").asString(null),
                r.get("date").asString(null)));
        var edges = graph.read("export-graph-edges", params, r -> new GraphExport.Edge(r.get("source").asString(),
                r.get("target").asString(), r.get("type").asString(), r.get("weight").asDouble(0),
                r.get("role").asString(null)));
        return new GraphExport(nodes, edges);
    }

    /** Breadth-first, one query per step: Cypher cannot take a path length as a parameter. */
    private Set<String> within(String entityId, int depth) {
        var seen = new LinkedHashSet<String>(List.of(entityId));
        List<String> frontier = List.of(entityId);
        for (int step = 0; step < depth && !frontier.isEmpty(); step++) {
            var next = new ArrayList<String>();
            for (String id : graph.read("export-graph-neighbours", Map.of("ids", frontier), r -> r.get("id").asString())) {
                if (seen.add(id)) {
                    next.add(id);
                }
            }
            frontier = next;
        }
        return seen;
    }

    private static ExportedEvent.Participant participant(Value v) {
        return new ExportedEvent.Participant(v.get("id").asString(), v.get("name").asString(null),
                v.get("type").asString(null), v.get("role").asString(null));
    }

    private static ExportedEvent.Source source(Value v) {
        return new ExportedEvent.Source(v.get("articleId").asString(), v.get("title").asString(null),
                v.get("outlet").asString(null), v.get("url").asString(null),
                v.get("published").isNull() ? null : v.get("published").asLocalDate(),
                v.get("sentence").asString(null), v.get("trigger").asString(null));
    }
}
