package org.storygraph.timeline;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.storygraph.web.DateSpan;

@RestController
class TimelineController {

    private final TimelineService timeline;

    TimelineController(TimelineService timeline) {
        this.timeline = timeline;
    }

    @GetMapping("/api/events")
    List<EventView> events(@RequestParam(required = false) String entity,
                           @RequestParam(required = false) String from,
                           @RequestParam(required = false) String to,
                           @RequestParam(defaultValue = "1000") int limit) {
        return timeline.events(entity, DateSpan.parse("from", from), DateSpan.parse("to", to), limit);
    }
}
