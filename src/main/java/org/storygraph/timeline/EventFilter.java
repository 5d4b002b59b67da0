package org.storygraph.timeline;

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

    static EventFilter none() {
        return new EventFilter(List.of(), null, null, null, 1);
    }

    Map<String, Object> params() {
        var params = new HashMap<String, Object>();
        params.put("entityIds", entityIds);
        params.put("type", type == null ? null : type.name());
        params.put("from", from == null ? null : from.first());
        params.put("to", to == null ? null : to.last());
        params.put("minSources", minSources);
        params.put("eventId", null);
        return params;
    }
}
