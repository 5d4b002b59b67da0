package org.storygraph.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns what a user types into a Lucene query on the {@code entity_names} index: every word must match and the
 * last one is a prefix, so results narrow as they type. User input never reaches Lucene's syntax unescaped.
 */
final class NameSearch {

    /** Longer input is no name; Lucene also refuses to build a prefix query from a word of about 1,000 characters. */
    static final int MAX_CHARS = 200;

    private static final String LUCENE_SPECIALS = "+-&|!(){}[]^\"~*?:\\/";

    private NameSearch() {
    }

    /** Empty when the input has nothing to search for. */
    static Optional<String> lucene(String typed) {
        // Split where the index's analyzer splits too; lower case because wildcard terms skip the analyzer.
        var words = Arrays.stream(typed.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}']+"))
                .filter(word -> !word.isEmpty())
                .map(NameSearch::escape)
                .toList();
        if (words.isEmpty()) {
            return Optional.empty();
        }
        var exact = words.subList(0, words.size() - 1).stream().map(word -> word + " AND ").collect(Collectors.joining());
        return Optional.of(exact + words.get(words.size() - 1) + "*");
    }

    static String escape(String word) {
        var escaped = new StringBuilder();
        for (char c : word.toCharArray()) {
            if (LUCENE_SPECIALS.indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
