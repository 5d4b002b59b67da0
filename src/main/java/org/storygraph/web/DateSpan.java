package org.storygraph.web;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** A date as a user writes it in a request parameter, YYYY-MM-DD, YYYY-MM or YYYY: the first and last day it covers. */
public record DateSpan(LocalDate first, LocalDate last) {

    // Compiled once: every timeline request parses its dates.
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    /** Null when the parameter is absent. */
    public static DateSpan parse(String parameter, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String date = text.strip();
        try {
            if (DAY.matcher(date).matches()) {
                var day = LocalDate.parse(date);
                return new DateSpan(day, day);
            }
            if (MONTH.matcher(date).matches()) {
                var month = YearMonth.parse(date);
                return new DateSpan(month.atDay(1), month.atEndOfMonth());
            }
            if (YEAR.matcher(date).matches()) {
                var year = Year.parse(date);
                return new DateSpan(year.atDay(1), year.atMonth(12).atEndOfMonth());
            }
        } catch (DateTimeParseException e) {
            // falls through to the same answer as any other unreadable date
        }
        throw new BadParameter(parameter, "'" + text + "' is not a date; use YYYY-MM-DD, YYYY-MM or YYYY");
    }
}
