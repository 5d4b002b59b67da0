package org.storygraph.timeline;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.storygraph.entity.EntityType;
import org.storygraph.web.DateSpan;

@RestController
class TimelineController {

    private final TimelineService timeline;

    TimelineController(TimelineService timeline) {
        this.timeline = timeline;
    }

    /** entity may be repeated: events any of them took part in. sentences=false leaves out the sources' text. */
    @GetMapping("/api/events")
    List<EventView> events(@RequestParam(required = false) List<String> entity,
                           @RequestParam(required = false) String type,
                           @RequestParam(required = false) String from,
                           @RequestParam(required = false) String to,
                           @RequestParam(defaultValue = "1") int minSources,
                           @RequestParam(defaultValue = "1000") int limit,
                           @RequestParam(defaultValue = "true") boolean sentences) {
        var filter = new EventFilter(entity == null ? List.of() : entity, EntityType.parse(type),
                DateSpan.parse("from", from), DateSpan.parse("to", to), minSources);
        return timeline.events(filter, limit, sentences);
    }

    @GetMapping("/api/events/{id}")
    EventDetail event(@PathVariable String id) {
        return timeline.event(id);
    }
}
