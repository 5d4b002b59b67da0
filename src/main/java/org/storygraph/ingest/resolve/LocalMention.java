package org.storygraph.ingest.resolve;

/**
 * One name found in one sentence of an article, after our own rules: tokens {@code [tokenBegin, tokenEnd)},
 * {@code form} the surface text as written, {@code name} the cleaned name (no possessive, handle or article).
 */
public record LocalMention(int sentence, int tokenBegin, int tokenEnd, String form, String name, EntityType type,
                           boolean tentative) {

    /** {@code tentative}: a guess of our own (an untagged acronym) that stands only if the corpus confirms it. */
    LocalMention(int sentence, int tokenBegin, int tokenEnd, String form, String name, EntityType type) {
        this(sentence, tokenBegin, tokenEnd, form, name, type, false);
    }
}
