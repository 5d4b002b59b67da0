package org.storygraph.ingest.annotate;

import java.util.List;

/** An article's sentences as annotated, ready for the rule-based steps that follow. */
public record AnnotatedArticle(String text, List<AnnotatedSentence> sentences) {

    public int tokenCount() {
        return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
    }
}
