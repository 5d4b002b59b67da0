package org.storygraph.timeline;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.storygraph.entity.EntityType;
import org.storygraph.web.DateSpan;
import org.storygraph.web.BadParameter;

/** Which events a timeline shows; every part is optional (empty list, null, or 1 for minSources). */
record EventFilter(List<String> entityIds, EntityType type, DateSpan from, DateSpan to, int minSources) {

    EventFilter {
        entityIds = entityIds.stream().filter(id -> !id.isBlank()).map(String::strip).distinct().toList();
        if (minSources < 1) {
            throw new BadParameter("minSources", "minSources must be at least 1, was " + minSources);
        }
        if (from != null && to != null && from.first().isAfter(to.last())) {
            throw new BadParameter("from", "from " + from.first() + " is after to " + to.last());
        }
    }

    /** Bounds that stand for "no bound", so every query can compare dates and use the index on them. */
    private static final LocalDate EARLIEST = LocalDate.of(1, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(9999, 12, 31);
    /** The longest span an event can cover: a YEAR-precision event, a leap year. */
    private static final int LONGEST_EVENT_DAYS = 366;

    /** The parameters of events-in-window.cypher and events-of-entities.cypher. */
    Map<String, Object> params(int limit) {
        LocalDate first = from == null ? EARLIEST : from.first();
        var params = new HashMap<String, Object>();
        params.put("entityIds", entityIds);
        params.put("type", type == null ? null : type.name());
        params.put("from", first);
        params.put("earliestStart", first.isAfter(EARLIEST.plusDays(LONGEST_EVENT_DAYS))
                ? first.minusDays(LONGEST_EVENT_DAYS) : EARLIEST);
        params.put("to", to == null ? LATEST : to.last());
        params.put("minSources", minSources);
        params.put("limit", limit);
        return params;
    }
}
