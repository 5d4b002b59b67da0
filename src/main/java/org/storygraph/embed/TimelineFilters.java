package org.storygraph.embed;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.util.MultiValueMap;
import org.storygraph.web.BadParameter;
import org.storygraph.web.DateSpan;

/**
 * What a timeline shows, as in its URL: {@code entity}, {@code from}, {@code to} (as /api/events reads them),
 * {@code lanes} (how the timeline groups events, read by its script) and {@code height} of an embed in pixels.
 * Absent filters are null.
 */
record TimelineFilters(String entity, String from, String to, String lanes, Integer height) {

    static final int DEFAULT_HEIGHT = 400;
    static final int MIN_HEIGHT = 150;
    static final int MAX_HEIGHT = 2000;

    /** Checks the dates and the height the way the API would, so a bad embed fails here and not in the frame. */
    TimelineFilters {
        entity = blankToNull(entity);
        from = blankToNull(from);
        to = blankToNull(to);
        lanes = blankToNull(lanes);
        DateSpan.parse("from", from);
        DateSpan.parse("to", to);
        if (height != null && (height < MIN_HEIGHT || height > MAX_HEIGHT)) {
            throw new BadParameter("height", "height must be between " + MIN_HEIGHT + " and " + MAX_HEIGHT
                    + " pixels, was " + height);
        }
    }

    /** From a timeline URL's query; an unreadable height is a bad parameter like any other. */
    static TimelineFilters of(MultiValueMap<String, String> query) {
        String height = query.getFirst("height");
        Integer pixels = null;
        if (height != null && !height.isBlank()) {
            try {
                pixels = Integer.valueOf(height.strip());
            } catch (NumberFormatException e) {
                throw new BadParameter("height", "'" + height + "' is not a number of pixels");
            }
        }
        return new TimelineFilters(query.getFirst("entity"), query.getFirst("from"), query.getFirst("to"),
                query.getFirst("lanes"), pixels);
    }

    int heightOrDefault() {
        return height == null ? DEFAULT_HEIGHT : height;
    }

    /** The filters that are set, in a stable order, for query strings. */
    Map<String, String> asParameters() {
        var parameters = new LinkedHashMap<String, String>();
        put(parameters, "entity", entity);
        put(parameters, "from", from);
        put(parameters, "to", to);
        put(parameters, "lanes", lanes);
        put(parameters, "height", height == null ? null : height.toString());
        return parameters;
    }

    private static void put(Map<String, String> parameters, String name, String value) {
        if (value != null) {
            parameters.put(name, value);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
