package org.storygraph.timeline;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;
import org.storygraph.system.StorygraphProperties;

/** The timeline page; it reads its events from {@code /api/events}. */
@Controller
class TimelinePage {

    private final StorygraphProperties properties;

    TimelinePage(StorygraphProperties properties) {
        this.properties = properties;
    }

    /** The page names its oEmbed endpoint, so sites that take a link to it can embed it (oEmbed discovery). */
    @GetMapping("/timeline")
    String timeline(Model model) {
        var base = properties.publicUrl() == null
                ? ServletUriComponentsBuilder.fromCurrentContextPath()
                : UriComponentsBuilder.fromUri(properties.publicUrl());
        String page = base.cloneBuilder().path("/timeline")
                .query(ServletUriComponentsBuilder.fromCurrentRequest().build().getQuery()).toUriString();
        // expanded, then encoded as a query parameter, so the page's own & and = stay inside the url value
        model.addAttribute("oembedUrl", base.path("/oembed").queryParam("url", "{url}").queryParam("format", "json")
                .buildAndExpand(page).encode().toUriString());
        return "timeline/index";
    }
}
