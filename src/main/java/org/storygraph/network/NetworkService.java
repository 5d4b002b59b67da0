package org.storygraph.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Service;
import org.storygraph.graph.Graph;
import org.storygraph.web.BadParameter;
import org.storygraph.web.NotFound;

@Service
class NetworkService {

    static final int MAX_LIMIT = 200;
    static final List<String> LINK_TYPES = List.of("CO_OCCURS", "ROLE", "PARTICIPATES_IN");

    private final Graph graph;

    NetworkService(Graph graph) {
        this.graph = graph;
    }

    /**
     * The strongest neighbours of an entity (entities and, with {@code events}, the events it took part in) or of
     * an event (its participants), counting only evidence from within [from, to].
     */
    Neighbourhood neighbours(String id, LocalDate from, LocalDate to, boolean events, int skip, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new BadParameter("limit", "limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
        if (skip < 0) {
            throw new BadParameter("skip", "skip must not be negative, was " + skip);
        }
        var center = graph.read("graph-node", Map.of("id", id), NetworkService::node).stream().findFirst()
                .orElseThrow(() -> new NotFound("node", id));
        var params = new HashMap<String, Object>();
        params.put("id", id);
        params.put("from", from);
        params.put("to", to);
        params.put("skip", skip);
        params.put("limit", limit);
        List<Neighbourhood.Node> nodes = new ArrayList<>();
        List<Neighbourhood.Link> links = new ArrayList<>();
        if (center.type().equals("EVENT")) {
            graph.read("graph-event-participants", params, r -> {
                nodes.add(node(r));
                return links.add(Neighbourhood.Link.of("PARTICIPATES_IN", r.get("role").asString(null),
                        r.get("id").asString(), id, r.get("weight").asLong()));
            });
            return new Neighbourhood(center, nodes, links, nodes.size(), 0);
        }
        int[] total = {0};
        graph.read("graph-entity-neighbours", params, r -> {
            total[0] = r.get("total").asInt();
            var neighbour = node(r);
            nodes.add(neighbour);
            // One id per pair whichever end was expanded: links run from the lower id to the higher.
            String lower = r.get("edgeFrom").asString();
            String higher = lower.equals(id) ? neighbour.id() : id;
            for (Value link : r.get("links").values()) {
                links.add(Neighbourhood.Link.of(link.get("type").asString(), link.get("label").asString(null),
                        lower, higher, link.get("weight").asLong()));
            }
            return neighbour;
        });
        var ids = new ArrayList<String>();
        ids.add(id);
        nodes.forEach(n -> ids.add(n.id()));
        params.put("ids", ids);
        graph.read("graph-links-between", params, r -> links.add(Neighbourhood.Link.of("CO_OCCURS", null,
                r.get("source").asString(), r.get("target").asString(), r.get("weight").asLong())));
        if (events) {
            graph.read("graph-entity-events", params, r -> {
                nodes.add(node(r));
                return links.add(Neighbourhood.Link.of("PARTICIPATES_IN", r.get("role").asString(null), id,
                        r.get("id").asString(), r.get("weight").asLong()));
            });
        }
        return new Neighbourhood(center, nodes, distinct(links), total[0], skip);
    }

    /** The sentences behind one link, oldest article first. */
    List<Evidence> evidence(String source, String target, String type, LocalDate from, LocalDate to) {
        if (!LINK_TYPES.contains(type)) {
            throw new BadParameter("type", "Unknown link type '" + type + "'; use one of " + LINK_TYPES);
        }
        var params = new HashMap<String, Object>();
        params.put("source", source);
        params.put("target", target);
        params.put("type", type);
        params.put("from", from);
        params.put("to", to);
        return graph.read("graph-evidence", params, r -> new Evidence(r.get("articleId").asString(),
                r.get("title").asString(null), r.get("outlet").asString(null),
                r.get("published").isNull() ? null : r.get("published").asLocalDate(),
                r.get("sentenceIndex").asInt(), r.get("sentence").asString(null)));
    }

    private static Neighbourhood.Node node(Record r) {
        return new Neighbourhood.Node(r.get("id").asString(), r.get("name").asString(null),
                r.get("type").asString(null), r.containsKey("date") ? r.get("date").asString(null) : null);
    }

    /** The center's links to the neighbours also come back among the links between them. */
    private static List<Neighbourhood.Link> distinct(List<Neighbourhood.Link> links) {
        var byId = new LinkedHashMap<String, Neighbourhood.Link>();
        links.forEach(link -> byId.putIfAbsent(link.id(), link));
        return List.copyOf(byId.values());
    }
}
