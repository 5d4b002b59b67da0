package org.storygraph.ingest.events;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * A date with honest precision: {@code value} is "2018-01-24", "2018-W03", "2018-01" or "2018";
 * {@code start}..{@code end} is the span it covers; {@code basis} says where it came from.
 */
public record EventDate(String value, Precision precision, LocalDate start, LocalDate end, Basis basis) {

    public enum Precision { DAY, WEEK, MONTH, YEAR }

    /** EXPLICIT: the text states the date; RELATIVE: "Wednesday", "last week" against publication; PUBLISHED: the day's news. */
    public enum Basis { EXPLICIT, RELATIVE, PUBLISHED }

    public static EventDate day(LocalDate day, Basis basis) {
        return new EventDate(day.toString(), Precision.DAY, day, day, basis);
    }

    public static EventDate week(int year, int week, Basis basis) {
        LocalDate monday = LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new EventDate(String.format("%04d-W%02d", year, week), Precision.WEEK, monday, monday.plusDays(6), basis);
    }

    public static EventDate month(YearMonth month, Basis basis) {
        return new EventDate(month.toString(), Precision.MONTH, month.atDay(1), month.atEndOfMonth(), basis);
    }

    public static EventDate year(int year, Basis basis) {
        return new EventDate(Integer.toString(year), Precision.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), basis);
    }

    /** True when one span lies within the other: 2018-01-24 fits 2018-01, 2018-02 does not. */
    public boolean compatibleWith(EventDate other) {
        return within(other) || other.within(this);
    }

    private boolean within(EventDate other) {
        return !start.isBefore(other.start) && !end.isAfter(other.end);
    }

    public EventDate withBasis(Basis newBasis) {
        return new EventDate(value, precision, start, end, newBasis);
    }
}
