package org.storygraph.ingest.annotate;

import java.util.List;

/** A sentence with what CoreNLP found in it; {@code paragraph} counts the article's non-blank lines from 0. */
public record AnnotatedSentence(int index, int paragraph, int begin, int end, String text,
                                List<Token> tokens, List<EntityMention> entities, List<TimeMention> times) {
}
