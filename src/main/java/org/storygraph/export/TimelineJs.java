package org.storygraph.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.web.util.HtmlUtils;

/**
 * A Knight Lab TimelineJS 3 document (timeline.knightlab.com/docs/json-format.html): a title slide and one slide
 * per dated event. TimelineJS renders headline and text as HTML, so both are escaped here.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record TimelineJs(Slide title, List<Slide> events) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Slide(@JsonProperty("start_date") DateObject startDate, @JsonProperty("end_date") DateObject endDate,
                 @JsonProperty("display_date") String displayDate, Text text, String group,
                 @JsonProperty("unique_id") String uniqueId) {
    }

    record Text(String headline, String text) {
    }

    /** Only as precise as the event: a month is {year, month}, a year {year}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record DateObject(int year, Integer month, Integer day) {

        static DateObject day(LocalDate date) {
            return new DateObject(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
        }
    }

    /** name: the entity the timeline is about, or null for every event. Undated events have no place on it. */
    static TimelineJs of(String name, List<ExportedEvent> events) {
        var slides = new ArrayList<Slide>();
        var articles = new LinkedHashSet<String>();
        for (var event : events) {
            if (event.start() == null) {
                continue;
            }
            event.sources().forEach(source -> articles.add(source.articleId()));
            slides.add(slide(event));
        }
        String headline = name == null ? "Storygraph timeline" : "Timeline of " + name;
        String summary = slides.size() + (slides.size() == 1 ? " event" : " events") + " reported in " + articles.size()
                + (articles.size() == 1 ? " article" : " articles") + ", from Storygraph.";
        return new TimelineJs(new Slide(null, null, null, new Text(escape(headline), escape(summary)), null, "title"),
                slides);
    }

    private static Slide slide(ExportedEvent event) {
        String precision = event.precision() == null ? "DAY" : event.precision();
        LocalDate start = event.start();
        DateObject startDate;
        DateObject endDate = null;
        String display = null;
        switch (precision) {
            case "YEAR" -> startDate = new DateObject(start.getYear(), null, null);
            case "MONTH" -> startDate = new DateObject(start.getYear(), start.getMonthValue(), null);
            case "WEEK" -> {
                // TimelineJS has no weeks: the span of days, labelled with the week as the articles give it.
                startDate = DateObject.day(start);
                endDate = event.end() == null ? null : DateObject.day(event.end());
                display = event.date();
            }
            default -> startDate = DateObject.day(start);
        }
        String group = event.participants().isEmpty() ? null : event.participants().get(0).name();
        return new Slide(startDate, endDate, display == null ? null : escape(display),
                new Text(escape(event.title() == null ? "(untitled event)" : event.title()), sourcesHtml(event)),
                group, event.id());
    }

    private static String sourcesHtml(ExportedEvent event) {
        var html = new StringBuilder();
        if (!event.participants().isEmpty()) {
            html.append("<p>");
            for (int i = 0; i < event.participants().size(); i++) {
                var participant = event.participants().get(i);
                html.append(i == 0 ? "" : ", ").append(escape(participant.name()));
                if ("AGENT".equals(participant.role())) {
                    html.append(" (agent)");
                }
            }
            html.append("</p>");
        }
        html.append("<ul>");
        for (var source : event.sources()) {
            html.append("<li><strong>").append(escape(source.outlet() == null ? "" : source.outlet())).append("</strong>");
            if (source.url() != null && (source.url().startsWith("https://") || source.url().startsWith("http://"))) {
                html.append(", <a href=\"").append(escape(source.url())).append("\">")
                        .append(escape(source.title() == null ? source.url() : source.title())).append("</a>");
            } else if (source.title() != null) {
                html.append(", ").append(escape(source.title()));
            }
            html.append(": “").append(escape(source.sentence() == null ? "" : source.sentence())).append("”</li>");
        }
        return html.append("</ul>").toString();
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text);
    }
}
