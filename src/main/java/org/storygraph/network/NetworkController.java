package org.storygraph.network;

import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class NetworkController {

    private final NetworkService network;

    NetworkController(NetworkService network) {
        this.network = network;
    }

    @GetMapping("/api/graph/neighbours")
    Neighbourhood neighbours(@RequestParam String node,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                             @RequestParam(defaultValue = "false") boolean events,
                             @RequestParam(defaultValue = "0") int skip,
                             @RequestParam(defaultValue = "25") int limit) {
        return network.neighbours(node, from, to, events, skip, limit);
    }

    @GetMapping("/api/graph/evidence")
    List<Evidence> evidence(@RequestParam String source, @RequestParam String target, @RequestParam String type,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return network.evidence(source, target, type, from, to);
    }
}
