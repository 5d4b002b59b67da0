package org.storygraph.embed;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The timeline as another site shows it in an iframe: no site chrome, a link out to the full app. */
@Controller
class EmbedController {

    private static final String VIEW = "embed/timeline";

    private final EmbedSnippets snippets;

    EmbedController(EmbedSnippets snippets) {
        this.snippets = snippets;
    }

    @GetMapping("/embed/timeline")
    String timeline(@RequestParam(required = false) String entity, @RequestParam(required = false) String from,
                    @RequestParam(required = false) String to, @RequestParam(required = false) String lanes,
                    @RequestParam(required = false) Integer height, Model model) {
        var filters = new TimelineFilters(entity, from, to, lanes, height);
        model.addAttribute("filters", filters);
        model.addAttribute("height", filters.heightOrDefault());
        model.addAttribute("title", snippets.title(filters));
        model.addAttribute("timelineUrl", snippets.timelineUrl(filters));
        return VIEW;
    }
}
