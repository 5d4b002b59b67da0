package org.storygraph.timeline;

import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Service;
import org.storygraph.graph.Graph;
import org.storygraph.web.BadParameter;
import org.storygraph.web.NotFound;

@Service
class TimelineService {

    static final int MAX_LIMIT = 10_000;

    private final Graph graph;

    TimelineService(Graph graph) {
        this.graph = graph;
    }

    /**
     * The filter's events in start order, at most {@code limit}; without {@code sentences} their sources leave
     * out the reporting sentence's text.
     */
    List<EventView> events(EventFilter filter, int limit, boolean sentences) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new BadParameter("limit", "limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
        var events = graph.inReadTransaction(tx -> {
            var ids = tx.read(filter.entityIds().isEmpty() ? "events-in-window" : "events-of-entities",
                    filter.params(limit), r -> r.get("id").asString());
            return ids.isEmpty() ? List.<EventView>of()
                    : tx.read("events-by-ids", Map.of("ids", ids, "sentences", sentences), TimelineService::event);
        });
        // Events found for a single entity prove it exists; otherwise tell an unknown id from an empty timeline.
        if (events.isEmpty() || filter.entityIds().size() > 1) {
            for (String entityId : filter.entityIds()) {
                if (!entityExists(entityId)) {
                    throw new NotFound("entity", entityId);
                }
            }
        }
        return events;
    }

    /** One event with its sources and the quotes its participants gave on its date. */
    EventDetail event(String id) {
        var event = graph.read("events-by-ids", Map.of("ids", List.of(id), "sentences", true), TimelineService::event)
                .stream().findFirst()
                .orElseThrow(() -> new NotFound("event", id));
        var quotes = graph.read("event-quotes", Map.of("id", id), r -> new EventDetail.DayQuote(
                r.get("id").asString(), r.get("text").asString(null), r.get("date").asString(null),
                r.get("speakerId").asString(), r.get("speakerName").asString(null)));
        return new EventDetail(event, quotes);
    }

    private boolean entityExists(String id) {
        return graph.read("entity-exists", Map.of("id", id), r -> r.get("exists").asBoolean()).get(0);
    }

    private static EventView event(Record r) {
        return new EventView(
                r.get("id").asString(),
                r.get("date").asString(null),
                r.get("precision").asString(null),
                r.get("dateBasis").asString(null),
                r.get("title").asString(null),
                r.get("start").isNull() ? null : r.get("start").asLocalDate(),
                r.get("end").isNull() ? null : r.get("end").asLocalDate(),
                r.get("participants").asList(TimelineService::participant),
                r.get("sources").asList(TimelineService::source));
    }

    private static EventView.Participant participant(Value v) {
        return new EventView.Participant(v.get("id").asString(), v.get("name").asString(null),
                v.get("type").asString(null), v.get("role").asString(null));
    }

    private static EventView.Source source(Value v) {
        return new EventView.Source(v.get("articleId").asString(), v.get("title").asString(null),
                v.get("outlet").asString(null),
                v.get("published").isNull() ? null : v.get("published").asLocalDate(),
                v.get("sentenceIndex").asInt(), v.get("sentence").asString(null), v.get("trigger").asString(null));
    }
}
