package org.storygraph.quote;

import java.util.List;

/** speaker: null when nobody could be credited; date: ISO, as precise as known, or null. */
record QuoteView(String id, String text, String date, Speaker speaker, List<Source> sources) {

    record Speaker(String id, String name) {
    }

    /** A sentence the quote appears in, with its article. */
    record Source(String articleId, String title, String outlet, String sentence) {
    }
}
