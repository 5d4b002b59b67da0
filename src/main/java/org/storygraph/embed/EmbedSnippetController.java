package org.storygraph.embed;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The embed snippet is API, so it answers errors with problem details like the rest of /api (web.ApiErrors). */
@RestController
class EmbedSnippetController {

    private final EmbedSnippets snippets;

    EmbedSnippetController(EmbedSnippets snippets) {
        this.snippets = snippets;
    }

    @Operation(summary = "The iframe snippet that embeds a timeline",
            description = "For the timeline page's Embed button: the same filters as /timeline, and the frame's height.")
    @GetMapping("/api/embed-snippet")
    EmbedSnippet snippet(@RequestParam(required = false) String entity, @RequestParam(required = false) String from,
                         @RequestParam(required = false) String to, @RequestParam(required = false) String lanes,
                         @RequestParam(required = false) Integer height) {
        var filters = new TimelineFilters(entity, from, to, lanes, height);
        return new EmbedSnippet(snippets.iframe(filters, "100%", filters.heightOrDefault()),
                snippets.embedUrl(filters), snippets.timelineUrl(filters), filters.heightOrDefault());
    }
}
