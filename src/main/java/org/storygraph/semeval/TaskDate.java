package org.storygraph.semeval;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates written the task's way: {@code 2008-06-09}, {@code 2008-06-XX}, {@code 2008-XX-XX}, {@code XXXX-XX-XX}. */
final class TaskDate {

    private static final Pattern TIMEX = Pattern.compile("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?(?:T.*)?$");

    private TaskDate() {
    }

    /** A graph event's date by its precision; a week is its month when it lies in one, else its year. */
    static String ofEvent(String date, String precision, String start, String end) {
        if (date == null || precision == null) {
            return Timeline.UNDATED;
        }
        return switch (precision) {
            case "DAY" -> date;
            case "MONTH" -> date + "-XX";
            case "YEAR" -> date + "-XX-XX";
            case "WEEK" -> {
                LocalDate from = LocalDate.parse(start);
                LocalDate to = LocalDate.parse(end);
                yield from.getYear() != to.getYear() ? Timeline.UNDATED
                        : from.getMonth() == to.getMonth() ? from.toString().substring(0, 7) + "-XX"
                        : from.getYear() + "-XX-XX";
            }
            default -> Timeline.UNDATED;
        };
    }

    /** Gold files sometimes write a year or month alone ("1976"): the scorer compares "1976-XX-XX". */
    static String normalize(String date) {
        if (date.matches("\\d{4}")) {
            return date + "-XX-XX";
        }
        return date.matches("\\d{4}-\\d{2}") ? date + "-XX" : date;
    }

    /** A TIMEX3 value ("2008", "2008-06", "2008-06-09") in the task's form; anything else is undated. */
    static String ofTimex(String value) {
        Matcher m = TIMEX.matcher(value == null ? "" : value);
        if (!m.matches()) {
            return Timeline.UNDATED;
        }
        return m.group(1) + "-" + (m.group(2) == null ? "XX" : m.group(2)) + "-" + (m.group(3) == null ? "XX" : m.group(3));
    }
}
