package org.storygraph.ingest.quotes;

import java.text.Normalizer;
import java.util.Locale;

/** Quote text compared by its words only. */
public final class QuoteText {

    private QuoteText() {
    }

    public static String normalize(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[’‘`´]", "'")
                .replaceAll("(?<=\\p{L})[-‐‑–](?=\\p{L})", "")
                .replaceAll("\\[[^\\]]*]", " ")
                .replaceAll("[^\\p{L}\\p{N}']+", " ")
                .replace("'", "");
        return plain.strip().replaceAll("\\s+", " ");
    }

    /** The same quote: one text is (a passage of) the other. */
    public static boolean samePassage(String normalizedA, String normalizedB) {
        return !normalizedA.isEmpty() && !normalizedB.isEmpty()
                && (normalizedA.contains(normalizedB) || normalizedB.contains(normalizedA));
    }
}
