package org.storygraph.ingest.read;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds an explicit publication date near the top of an article, for files whose metadata has none.
 * Only full dates count: "today, April 12" has no year and stays unresolved rather than guessed.
 */
final class Dateline {

    /** Datelines sit under the headline; a date further down is usually an event, not the publication. */
    static final int SEARCH_CHARS = 600;

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    // "January 25, 2018", "Jan. 25 2018", "Sept 5, 2018"
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b(January|February|March|April|May|June|July|August|September|October|November|December"
                    + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})(?!\\d)",
            Pattern.CASE_INSENSITIVE);

    // "2018-01-24", also as in "date 2018-01-24"; not inside a longer run of digits such as an id
    private static final Pattern ISO_DATE = Pattern.compile("(?<![\\d-])(\\d{4})-(\\d{2})-(\\d{2})(?![\\d-])");

    private Dateline() {
    }

    static Optional<LocalDate> find(String text) {
        // A little slack so a date that starts just before the limit is still read whole.
        var head = text.substring(0, Math.min(text.length(), SEARCH_CHARS + 20));
        return Stream.of(first(MONTH_DAY_YEAR.matcher(head), true), first(ISO_DATE.matcher(head), false))
                .flatMap(Optional::stream)
                .min(Comparator.comparingInt(Found::start))
                .map(Found::date);
    }

    private record Found(int start, LocalDate date) {
    }

    private static Optional<Found> first(Matcher matcher, boolean monthName) {
        while (matcher.find() && matcher.start() < SEARCH_CHARS) {
            try {
                var date = monthName
                        ? LocalDate.of(Integer.parseInt(matcher.group(3)),
                                MONTHS.get(matcher.group(1).substring(0, 3).toLowerCase()),
                                Integer.parseInt(matcher.group(2)))
                        : LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                                Integer.parseInt(matcher.group(3)));
                return Optional.of(new Found(matcher.start(), date));
            } catch (DateTimeException notARealDate) {
                // "February 30, 2018" or "2018-13-01": keep looking.
            }
        }
        return Optional.empty();
    }
}
