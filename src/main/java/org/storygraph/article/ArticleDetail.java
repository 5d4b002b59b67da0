package org.storygraph.article;

import java.time.LocalDate;
import java.util.List;

/** An article as its page shows it: sentence by sentence, with what the loader found in each. */
record ArticleDetail(String id, String title, String outlet, String url, LocalDate published, String publishedFrom,
                     List<Sentence> sentences) {

    /** paragraph: null for articles loaded before paragraphs were kept. */
    record Sentence(int index, Integer paragraph, String text, List<Mention> mentions, List<EventReport> events,
                    List<Quotation> quotes) {
    }

    /** form: the words of the sentence that name the entity. */
    record Mention(String form, String entityId, String name, String type) {
    }

    /** trigger: the word of the sentence that signals the event. */
    record EventReport(String id, String title, String date, String trigger) {
    }

    /** speakerId and speakerName: null when nobody could be credited. */
    record Quotation(String id, String text, String speakerId, String speakerName) {
    }
}
