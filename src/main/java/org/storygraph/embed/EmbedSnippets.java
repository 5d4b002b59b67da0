package org.storygraph.embed;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;
import org.storygraph.system.StorygraphProperties;
import org.storygraph.web.BadParameter;

/**
 * The iframe snippets that put a timeline on another site, and the reverse: which of the app's timeline URLs a
 * URL is. Addresses start at {@code storygraph.public-url}, or at the address the request came in on.
 */
@Component
class EmbedSnippets {

    static final String TIMELINE = "/timeline";
    static final String EMBED = "/embed/timeline";

    private final URI publicUrl;

    EmbedSnippets(StorygraphProperties properties) {
        this.publicUrl = properties.publicUrl();
    }

    /** The app's base address, without a trailing slash. */
    String base() {
        String base = publicUrl != null
                ? publicUrl.toString()
                : ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    String timelineUrl(TimelineFilters filters) {
        return url(TIMELINE, filters, false);
    }

    String embedUrl(TimelineFilters filters) {
        return url(EMBED, filters, true);
    }

    /** width: an HTML width ("100%" or pixels); the height is in pixels. Every value is escaped for the attribute. */
    String iframe(TimelineFilters filters, String width, int height) {
        return "<iframe src=\"" + HtmlUtils.htmlEscape(embedUrl(filters)) + "\" width=\"" + HtmlUtils.htmlEscape(width)
                + "\" height=\"" + height + "\" style=\"border:0\" loading=\"lazy\""
                + " title=\"" + HtmlUtils.htmlEscape(title(filters)) + "\"></iframe>";
    }

    String title(TimelineFilters filters) {
        var title = new StringBuilder("Storygraph timeline");
        if (filters.entity() != null) {
            title.append(" of ").append(filters.entity());
        }
        if (filters.from() != null || filters.to() != null) {
            title.append(", ").append(filters.from() == null ? "…" : filters.from())
                    .append(" to ").append(filters.to() == null ? "…" : filters.to());
        }
        return title.toString();
    }

    /** The filters of {@code url} if it is one of this app's timeline pages; empty for any other URL. */
    Optional<TimelineFilters> timelineFilters(String url) {
        UriComponents given;
        UriComponents ours;
        try {
            given = UriComponentsBuilder.fromUriString(url).build();
            ours = UriComponentsBuilder.fromUriString(base() + TIMELINE).build();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        boolean same = equalsIgnoreCase(given.getScheme(), ours.getScheme())
                && equalsIgnoreCase(given.getHost(), ours.getHost())
                && port(given) == port(ours)
                && given.getPath() != null
                && (given.getPath().equals(ours.getPath()) || given.getPath().equals(ours.getPath() + "/"));
        if (!same) {
            return Optional.empty();
        }
        // Query values come percent-encoded; form-style, as browsers send them ("+" for a space).
        var query = new LinkedMultiValueMap<String, String>();
        try {
            given.getQueryParams().forEach((name, values) -> values.forEach(value ->
                    query.add(name, value == null ? null : URLDecoder.decode(value, StandardCharsets.UTF_8))));
        } catch (IllegalArgumentException e) {
            throw new BadParameter("url", "The query of " + url + " is not properly percent-encoded");
        }
        return Optional.of(TimelineFilters.of(query));
    }

    private String url(String path, TimelineFilters filters, boolean embed) {
        var url = new StringBuilder(base()).append(path);
        char separator = '?';
        for (var parameter : filters.asParameters().entrySet()) {
            // The height belongs to the frame; the full page takes the window's.
            if (embed || !parameter.getKey().equals("height")) {
                url.append(separator).append(parameter.getKey()).append('=')
                        .append(URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8));
                separator = '&';
            }
        }
        return url.toString();
    }

    private static int port(UriComponents uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static boolean equalsIgnoreCase(String a, String b) {
        return a != null && b != null && a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
    }
}
