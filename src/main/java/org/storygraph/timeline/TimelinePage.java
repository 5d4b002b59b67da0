package org.storygraph.timeline;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The timeline page; it reads its events from {@code /api/events}. */
@Controller
class TimelinePage {

    @GetMapping("/timeline")
    String timeline() {
        return "timeline/index";
    }
}
