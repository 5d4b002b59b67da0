package org.storygraph.network;

import java.time.LocalDate;

/** A sentence supporting a link, with the article it is in. */
record Evidence(String articleId, String title, String outlet, LocalDate published, int sentenceIndex,
                String sentence) {
}
