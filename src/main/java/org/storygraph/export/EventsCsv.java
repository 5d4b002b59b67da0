package org.storygraph.export;

import java.util.List;
import java.util.stream.Collectors;

/** One row per event and sentence reporting it, as RFC 4180 says: CRLF line ends, fields quoted when needed. */
final class EventsCsv {

    static final List<String> HEADER = List.of("event_id", "date", "precision", "date_basis", "title", "participants",
            "article_id", "article_title", "outlet", "url", "published", "sentence", "trigger");

    private EventsCsv() {
    }

    static String write(List<ExportedEvent> events) {
        var csv = new StringBuilder();
        row(csv, HEADER);
        for (var event : events) {
            String participants = event.participants().stream()
                    .map(p -> p.name() + " (" + p.role() + ")").collect(Collectors.joining("; "));
            for (var source : event.sources()) {
                row(csv, List.of(text(event.id()), text(event.date()), text(event.precision()), text(event.dateBasis()),
                        text(event.title()), participants, text(source.articleId()), text(source.title()),
                        text(source.outlet()), text(source.url()),
                        source.published() == null ? "" : source.published().toString(),
                        text(source.sentence()), text(source.trigger())));
            }
        }
        return csv.toString();
    }

    private static void row(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(field(fields.get(i)));
        }
        csv.append("\r\n");
    }

    static String field(String value) {
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
