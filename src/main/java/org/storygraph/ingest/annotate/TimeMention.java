package org.storygraph.ingest.annotate;

/** A date expression with SUTime's TIMEX3 type and normalised value ("2018-01-24", "2017-08", "2018-W03", "PRESENT_REF"). */
public record TimeMention(String text, String timexType, String value, int tokenBegin, int tokenEnd, int begin, int end) {
}
