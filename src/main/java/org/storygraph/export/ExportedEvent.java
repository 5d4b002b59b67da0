package org.storygraph.export;

import java.time.LocalDate;
import java.util.List;

/** An event as the exports write it: start and end bound it (null for an undated event). */
record ExportedEvent(String id, String date, String precision, String dateBasis, String title,
                     LocalDate start, LocalDate end, List<Participant> participants, List<Source> sources) {

    record Participant(String id, String name, String type, String role) {
    }

    record Source(String articleId, String title, String outlet, String url, LocalDate published,
                  String sentence, String trigger) {
    }
}
