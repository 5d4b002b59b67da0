package org.storygraph.ingest.annotate;

/**
 * A named entity as CoreNLP found it: {@code nerType} is CoreNLP's class (PERSON, ORGANIZATION, CITY...),
 * tokens {@code [tokenBegin, tokenEnd)} of its sentence.
 */
public record EntityMention(String text, String nerType, int tokenBegin, int tokenEnd, int begin, int end) {
}
