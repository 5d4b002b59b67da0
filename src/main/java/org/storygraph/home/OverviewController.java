package org.storygraph.home;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class OverviewController {

    private final HomeService home;

    OverviewController(HomeService home) {
        this.home = home;
    }

    @GetMapping("/api/overview")
    Overview overview() {
        return home.overview();
    }
}
