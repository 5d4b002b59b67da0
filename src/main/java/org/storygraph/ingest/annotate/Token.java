package org.storygraph.ingest.annotate;

/** One token of a sentence; {@code index} counts from 0 within the sentence, offsets are in the article text. */
public record Token(int index, String word, String pos, String lemma, String ner, int begin, int end) {

    public boolean isVerb() {
        return pos.startsWith("VB");
    }

    public boolean isNoun() {
        return pos.startsWith("NN");
    }

    public boolean isPronoun() {
        return pos.startsWith("PRP") || pos.equals("WP");
    }
}
