package org.storygraph.network;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The relationship graph explorer; it reads {@code /api/graph/**}. */
@Controller
class GraphPage {

    @GetMapping("/graph")
    String graph() {
        return "network/index";
    }
}
