package org.storygraph.timeline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Service;
import org.storygraph.graph.Graph;
import org.storygraph.web.BadParameter;
import org.storygraph.web.DateSpan;
import org.storygraph.web.NotFound;

@Service
class TimelineService {

    static final int MAX_LIMIT = 10_000;

    private final Graph graph;

    TimelineService(Graph graph) {
        this.graph = graph;
    }

    /** Events in start order, optionally only the entity's and only those overlapping [from, to]. */
    List<EventView> events(String entityId, DateSpan from, DateSpan to, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new BadParameter("limit", "limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
        if (from != null && to != null && from.first().isAfter(to.last())) {
            throw new BadParameter("from", "from " + from.first() + " is after to " + to.last());
        }
        if (entityId != null && !entityExists(entityId)) {
            throw new NotFound("entity", entityId);
        }
        var params = new HashMap<String, Object>();
        params.put("entityId", entityId);
        params.put("from", from == null ? null : from.first());
        params.put("to", to == null ? null : to.last());
        params.put("limit", limit);
        return graph.read("events-list", params, r -> new EventView(
                r.get("id").asString(),
                r.get("date").asString(null),
                r.get("precision").asString(null),
                r.get("dateBasis").asString(null),
                r.get("title").asString(null),
                r.get("participants").asList(TimelineService::participant),
                r.get("sources").asList(TimelineService::source)));
    }

    private boolean entityExists(String id) {
        return graph.read("entity-exists", Map.of("id", id), r -> r.get("exists").asBoolean()).get(0);
    }

    private static EventView.Participant participant(Value v) {
        return new EventView.Participant(v.get("id").asString(), v.get("name").asString(null),
                v.get("type").asString(null), v.get("role").asString(null));
    }

    private static EventView.Source source(Value v) {
        return new EventView.Source(v.get("articleId").asString(), v.get("title").asString(null),
                v.get("outlet").asString(null), v.get("sentence").asString(null), v.get("trigger").asString(null));
    }
}
