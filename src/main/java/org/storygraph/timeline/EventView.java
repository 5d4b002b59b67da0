package org.storygraph.timeline;

import java.time.LocalDate;
import java.util.List;

/**
 * date: as precise as the articles allow ("2018-01-24", "2018-W03", "2018-01", "2018"), see precision;
 * start and end: the first and last day that date covers.
 */
record EventView(String id, String date, String precision, String dateBasis, String title,
                 LocalDate start, LocalDate end, List<Participant> participants, List<Source> sources) {

    /** role: AGENT (who did it) or PARTICIPANT. */
    record Participant(String id, String name, String type, String role) {
    }

    /** A sentence reporting the event, with its article and the word that signals the event. */
    record Source(String articleId, String title, String outlet, LocalDate published, int sentenceIndex,
                  String sentence, String trigger) {
    }
}
