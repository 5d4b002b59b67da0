package org.storygraph.embed;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.storygraph.web.BadParameter;

/** oEmbed (oembed.com) for the app's timeline pages, so that sites and editors turn a pasted link into an embed. */
@RestController
class OEmbedController {

    static final int DEFAULT_WIDTH = 800;

    private final EmbedSnippets snippets;

    OEmbedController(EmbedSnippets snippets) {
        this.snippets = snippets;
    }

    @Operation(summary = "oEmbed for a timeline URL",
            description = "A \"rich\" oEmbed 1.0 response whose html is an iframe of /embed/timeline with the same filters."
                    + " 404 for a URL that is not one of this app's /timeline pages, 501 for any format but json.")
    @GetMapping(path = "/oembed", produces = MediaType.APPLICATION_JSON_VALUE)
    OEmbed oembed(@Parameter(description = "a /timeline URL of this app") @RequestParam String url,
                  @RequestParam(required = false) Integer maxwidth,
                  @RequestParam(required = false) Integer maxheight,
                  @RequestParam(defaultValue = "json") String format) {
        if (!format.equalsIgnoreCase("json")) {
            throw problem(HttpStatus.NOT_IMPLEMENTED, "Not implemented", "Only the json format is provided, not " + format);
        }
        if (maxwidth != null && maxwidth < 1) {
            throw new BadParameter("maxwidth", "maxwidth must be at least 1 pixel, was " + maxwidth);
        }
        if (maxheight != null && maxheight < 1) {
            throw new BadParameter("maxheight", "maxheight must be at least 1 pixel, was " + maxheight);
        }
        var filters = snippets.timelineFilters(url).orElseThrow(() -> problem(HttpStatus.NOT_FOUND, "Not found",
                url + " is not a timeline of this Storygraph (" + snippets.base() + EmbedSnippets.TIMELINE + ")"));
        int width = maxwidth == null ? DEFAULT_WIDTH : Math.min(DEFAULT_WIDTH, maxwidth);
        int height = maxheight == null ? filters.heightOrDefault() : Math.min(filters.heightOrDefault(), maxheight);
        return OEmbed.rich(snippets.title(filters), snippets.base() + "/",
                snippets.iframe(filters, String.valueOf(width), height), width, height);
    }

    private static ErrorResponseException problem(HttpStatus status, String title, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return new ErrorResponseException(status, problem, null);
    }
}
