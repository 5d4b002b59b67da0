package org.storygraph.ingest.events;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quoted speech in an article: offsets {@code [begin, end)} of the words inside the marks, and its text
 * (a quotation running over several paragraphs, each opened again with a mark, is one quotation).
 */
public record Quotation(int begin, int end, String text) {

    /** A tweet quoted as a paragraph of its own, signed "— Name (@handle)". */
    private static final Pattern SIGNED_TWEET = Pattern.compile("(?m)^(.{20,}?)\\s*[—–]\\s*[^\\n(]{3,80}?\\s*\\(@\\w+\\)");
    private static final Pattern SIGNATURE = Pattern.compile("^[\"”]?\\s*[—–]\\s*([^\\n(]{3,80}?)\\s*\\(@\\w+\\)");

    public boolean contains(int offset) {
        return begin <= offset && offset < end;
    }

    /** Every quotation in {@code text}: curly marks pair up, straight ones alternate within a paragraph. */
    public static List<Quotation> in(String text) {
        List<Quotation> found = new ArrayList<>();
        int openedAt = -1;
        StringBuilder quoted = new StringBuilder();
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            int segmentStart = -1;
            for (int i = lineStart; i < lineEnd; i++) {
                char c = text.charAt(i);
                boolean open = c == '“' || (c == '"' && segmentStart < 0);
                boolean close = c == '”' || (c == '"' && segmentStart >= 0);
                if (open && segmentStart < 0) {
                    segmentStart = i + 1;
                    if (openedAt < 0) {
                        openedAt = segmentStart;
                    }
                } else if (close && segmentStart >= 0) {
                    quoted.append(text, segmentStart, i);
                    found.add(new Quotation(openedAt, i, quoted.toString().strip()));
                    quoted.setLength(0);
                    openedAt = -1;
                    segmentStart = -1;
                }
            }
            if (segmentStart >= 0) {
                quoted.append(text, segmentStart, lineEnd).append(' ');
                int next = nextLineStart(text, lineEnd);
                boolean continues = next < text.length() && (text.charAt(next) == '“' || text.charAt(next) == '"');
                if (!continues) {
                    found.add(new Quotation(openedAt, lineEnd, quoted.toString().strip()));
                    quoted.setLength(0);
                    openedAt = -1;
                }
            }
            lineStart = lineEnd + 1;
        }
        Matcher tweet = SIGNED_TWEET.matcher(text);
        while (tweet.find()) {
            int begin = tweet.start(1);
            if (!isQuoted(found, begin + 1)) {
                found.add(new Quotation(begin, tweet.end(1), tweet.group(1).strip()));
            }
        }
        return found;
    }

    /** A matcher for the signature right after a quotation ("— Michael B. Hancock (@MayorHancock)"); use lookingAt(). */
    public static Matcher signature(String text, Quotation quotation) {
        Matcher signature = SIGNATURE.matcher(text);
        signature.region(quotation.end(), text.length());
        return signature;
    }

    private static int nextLineStart(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    public static boolean isQuoted(List<Quotation> quotations, int offset) {
        return quotations.stream().anyMatch(q -> q.contains(offset));
    }
}
