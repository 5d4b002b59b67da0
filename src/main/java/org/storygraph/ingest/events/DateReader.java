package org.storygraph.ingest.events;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storygraph.ingest.annotate.TimeMention;

/**
 * Turns SUTime's date values into {@link EventDate}s, refusing what SUTime gets wrong in news text: numbers
 * that are not years ("section 1373"), proper nouns read as seasons ("Colorado Springs"), and vague
 * references ("now", "in the past").
 */
final class DateReader {

    private static final Pattern TIMEX = Pattern.compile("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?|-W(\\d{2}))?(?:T.*)?$");
    private static final Pattern STATES_ITS_DATE = Pattern.compile(
            "(?i)\\b(?:\\d{4}|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\b");
    private static final Pattern BARE_NUMBER = Pattern.compile("^\\d+$");

    private DateReader() {
    }

    /** A usable date, or empty when the expression is not one, or is too vague to place on a timeline. */
    static Optional<EventDate> read(TimeMention time, LocalDate published) {
        Matcher m = TIMEX.matcher(time.value() == null ? "" : time.value());
        if (!m.matches() || looksLikeProperNoun(time.text())) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        int latestYear = (published != null ? published.getYear() : LocalDate.now().getYear()) + 1;
        if (year < 1900 || year > latestYear) {
            return Optional.empty();
        }
        if (BARE_NUMBER.matcher(time.text().strip()).matches() && time.text().strip().length() != 4) {
            return Optional.empty();
        }
        EventDate.Basis basis = STATES_ITS_DATE.matcher(time.text()).find()
                ? EventDate.Basis.EXPLICIT : EventDate.Basis.RELATIVE;
        if (basis == EventDate.Basis.RELATIVE && published == null) {
            return Optional.empty();
        }
        try {
            if (m.group(4) != null) {
                return Optional.of(EventDate.week(year, Integer.parseInt(m.group(4)), basis));
            }
            if (m.group(3) != null) {
                return Optional.of(EventDate.day(LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))), basis));
            }
            if (m.group(2) != null) {
                return Optional.of(EventDate.month(YearMonth.of(year, Integer.parseInt(m.group(2))), basis));
            }
            return Optional.of(EventDate.year(year, basis));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /** "Springs", "WH": a capitalised word that is not a month or weekday is a name, not a date. */
    private static boolean looksLikeProperNoun(String text) {
        String word = text.strip();
        if (word.contains(" ") || word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        boolean calendarWord = STATES_ITS_DATE.matcher(word).find()
                || lower.matches("(mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|tomorrow|tonight");
        return !calendarWord;
    }
}
