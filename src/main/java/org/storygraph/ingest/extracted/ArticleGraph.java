package org.storygraph.ingest.extracted;

import java.util.List;
import org.storygraph.ingest.read.Article;

/**
 * Everything one article contributes to the graph, with every id already resolved across the corpus.
 * The write step stores it in one transaction; loading it again changes nothing.
 */
public record ArticleGraph(
        Article article,
        List<SentenceRow> sentences,
        List<EntityRow> entities,
        List<MentionRow> mentions,
        List<RoleRow> roles,
        List<EventRow> events,
        List<QuoteRow> quotes) {

    /** Provenance unit: id is {@code articleId#index}; paragraph: its paragraph's index, from 0. */
    public record SentenceRow(String id, int index, String text, int begin, int end, int paragraph) {
    }

    /** type: PERSON, ORGANIZATION, PLACE, LAW, PROGRAM or PRODUCT; aliases: every surface form seen (in this article). */
    public record EntityRow(String id, String name, String type, List<String> aliases) {
    }

    /** The entity named in the sentence with this surface form. */
    public record MentionRow(String entityId, String sentenceId, String form) {
    }

    /** "Denver Mayor Michael Hancock": person Hancock, title Mayor, at Denver (atEntityId null when no place or organisation is named). */
    public record RoleRow(String id, String personId, String title, String atEntityId, String sentenceId) {
    }

    /**
     * A dated happening. date is "2018-01-24", "2018-W03", "2018-01" or "2018" by precision DAY, WEEK, MONTH, YEAR;
     * start and end bound it (ISO dates); basis EXPLICIT, RELATIVE or PUBLISHED.
     */
    public record EventRow(String id, String date, String precision, String start, String end, String basis,
                           String title, String actionKey, List<ParticipantRow> participants,
                           List<EventMentionRow> mentions) {
    }

    /** role: AGENT (who did it) or PARTICIPANT. */
    public record ParticipantRow(String entityId, String role) {
    }

    /**
     * Where this article reports the event: the sentence and the trigger word, as its token index in the sentence
     * and its character offsets {@code [triggerBegin, triggerEnd)} in the article text, so a page can highlight it.
     */
    public record EventMentionRow(String sentenceId, String trigger, int triggerToken, int triggerBegin, int triggerEnd) {
    }

    /** A quotation; speakerId null when nobody could be credited; date ISO or null. */
    public record QuoteRow(String id, String text, String speakerId, String date, List<String> sentenceIds) {
    }
}
