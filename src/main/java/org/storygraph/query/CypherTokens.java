package org.storygraph.query;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits Cypher into words, strings, parameters and symbols, dropping comments, so that a keyword inside a
 * string ('CREATE me'), a comment or a quoted name (`SET`) is never taken for a clause.
 */
final class CypherTokens {

    enum Kind { WORD, QUOTED_NAME, STRING, PARAMETER, NUMBER, SYMBOL }

    /** text: a word as written, a quoted name without its backticks; start: offset in the query. */
    record Token(Kind kind, String text, int start) {

        boolean isWord(String keyword) {
            return kind == Kind.WORD && text.equalsIgnoreCase(keyword);
        }

        boolean isSymbol(char symbol) {
            return kind == Kind.SYMBOL && text.charAt(0) == symbol;
        }
    }

    private CypherTokens() {
    }

    static List<Token> of(String query) {
        var tokens = new ArrayList<Token>();
        int i = 0;
        int n = query.length();
        while (i < n) {
            char c = query.charAt(i);
            int start = i;
            if (Character.isWhitespace(c)) {
                i++;
            } else if (query.startsWith("//", i)) {
                int end = query.indexOf('\n', i);
                i = end < 0 ? n : end + 1;
            } else if (query.startsWith("/*", i)) {
                int end = query.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (c == '\'' || c == '"') {
                i = endOfString(query, i, c);
                tokens.add(new Token(Kind.STRING, query.substring(start, i), start));
            } else if (c == '`') {
                var name = new StringBuilder();
                i = endOfQuotedName(query, i, name);
                tokens.add(new Token(Kind.QUOTED_NAME, name.toString(), start));
            } else if (c == '$') {
                i++;
                if (i < n && query.charAt(i) == '`') {
                    i = endOfQuotedName(query, i, new StringBuilder());
                } else {
                    while (i < n && isNamePart(query.charAt(i))) {
                        i++;
                    }
                }
                tokens.add(new Token(Kind.PARAMETER, query.substring(start, i), start));
            } else if (Character.isDigit(c)) {
                // Also swallows "1..3" and "1e6": numbers are never keywords, their exact reading does not matter.
                while (i < n && (isNamePart(query.charAt(i)) || query.charAt(i) == '.')) {
                    i++;
                }
                tokens.add(new Token(Kind.NUMBER, query.substring(start, i), start));
            } else if (Character.isLetter(c) || c == '_') {
                while (i < n && isNamePart(query.charAt(i))) {
                    i++;
                }
                tokens.add(new Token(Kind.WORD, query.substring(start, i), start));
            } else {
                i++;
                tokens.add(new Token(Kind.SYMBOL, String.valueOf(c), start));
            }
        }
        return tokens;
    }

    private static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /** After the closing quote; an unclosed string runs to the end (the database then rejects the query). */
    private static int endOfString(String query, int open, char quote) {
        int i = open + 1;
        while (i < query.length()) {
            char c = query.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == quote) {
                return i + 1;
            } else {
                i++;
            }
        }
        return query.length();
    }

    /** After the closing backtick; a doubled backtick stands for one. */
    private static int endOfQuotedName(String query, int open, StringBuilder name) {
        int i = open + 1;
        while (i < query.length()) {
            char c = query.charAt(i);
            if (c == '`') {
                if (i + 1 < query.length() && query.charAt(i + 1) == '`') {
                    name.append('`');
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            name.append(c);
            i++;
        }
        return query.length();
    }
}
