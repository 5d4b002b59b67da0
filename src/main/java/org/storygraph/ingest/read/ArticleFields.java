package org.storygraph.ingest.read;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The metadata an article file states about itself (front matter or JSON fields), before defaults are filled in.
 * Any field may be null.
 */
record ArticleFields(String id, String title, String outlet, String url, String published) {

    static final Set<String> KNOWN_KEYS = Set.of("id", "title", "outlet", "url", "published");
    static final int MAX_TITLE_CHARS = 200;
    private static final Pattern FOUR_DIGIT_YEAR_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** Ids are index keys (Neo4j refuses keys over about 8 KB, after the article was extracted) and parts of URLs. */
    static final int MAX_ID_CHARS = 200;

    static ArticleFields from(Map<String, ?> fields) throws BadInput {
        String id = idText(fields.get("id"));
        if (id != null && id.length() > MAX_ID_CHARS) {
            throw new BadInput("id is " + id.length() + " characters long; an id has at most " + MAX_ID_CHARS);
        }
        return new ArticleFields(id, text("title", fields.get("title")),
                text("outlet", fields.get("outlet")), text("url", fields.get("url")),
                text("published", fields.get("published")));
    }

    /**
     * The article this metadata describes, with the defaults the product promises: an id from the file name,
     * a title from the first line, a date from a dateline.
     *
     * @param warnings collects what the user should know but that does not stop the article loading
     */
    Article toArticle(String text, String fallbackId, String source, List<String> warnings) throws BadInput {
        var articleId = articleId(fallbackId, text, source, warnings);
        var articleTitle = title != null ? title : firstLine(text);
        LocalDate date;
        PublishedFrom from;
        if (published != null) {
            date = parseDate(published);
            from = PublishedFrom.METADATA;
        } else {
            date = Dateline.find(text).orElse(null);
            from = date != null ? PublishedFrom.DATELINE : PublishedFrom.NONE;
        }
        if (date == null) {
            warnings.add(source + " has no publication date; relative dates in it stay unresolved");
        }
        var hash = contentHash(articleTitle, outlet, url, date, text);
        return new Article(articleId, articleTitle, outlet, url, date, from, text, hash, source);
    }

    /** Names a value's YAML or JSON shape for an error message. */
    static String describe(Object value) {
        if (value instanceof Map<?, ?>) {
            return "mapping";
        }
        if (value instanceof List<?>) {
            return "list";
        }
        if (value instanceof Number) {
            return "number";
        }
        if (value instanceof Boolean) {
            return "true/false value";
        }
        if (value instanceof String) {
            return "text";
        }
        return value.getClass().getSimpleName();
    }

    private static String text(String key, Object value) throws BadInput {
        if (value == null) {
            return null;
        }
        if (!(value instanceof String string)) {
            throw new BadInput("field '" + key + "' should be text but is a " + describe(value) + ": " + value);
        }
        return string.isBlank() ? null : string.strip();
    }

    /** Ids may also be whole numbers, as datasets often number their articles. */
    private static String idText(Object value) throws BadInput {
        if (value instanceof Integer || value instanceof Long || value instanceof java.math.BigInteger) {
            return value.toString();
        }
        return text("id", value);
    }

    private String articleId(String fallbackId, String text, String source, List<String> warnings) {
        if (id != null) {
            var safe = safeId(id);
            if (!safe.equals(id)) {
                warnings.add(source + ": id '" + id + "' contains characters other than letters, digits, '-', '_'"
                        + " and '.'; using '" + safe + "'");
            }
            if (!safe.isEmpty()) {
                return safe;
            }
        }
        var safe = safeId(fallbackId);
        // A name made only of unsafe characters still needs a stable id; the text gives one.
        return safe.isEmpty() ? "article-" + sha256(text).substring(0, 12) : safe;
    }

    /** Ids end up in URLs and file names, so only ASCII letters, digits, '-', '_' and '.' survive. */
    static String safeId(String raw) {
        return raw.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[-.]+|[-.]+$", "");
    }

    private static String firstLine(String text) {
        var line = text.lines().filter(candidate -> !candidate.isBlank()).findFirst().orElse("").strip();
        if (line.length() <= MAX_TITLE_CHARS) {
            return line;
        }
        // Don't split a surrogate pair (an emoji, say) in half.
        int end = Character.isHighSurrogate(line.charAt(MAX_TITLE_CHARS - 1)) ? MAX_TITLE_CHARS - 1 : MAX_TITLE_CHARS;
        return line.substring(0, end).strip();
    }

    /**
     * Only YYYY-MM-DD: LocalDate also takes "+10000-01-01" and "-0044-03-15", which browsers cannot read, and one
     * such article stopped the whole timeline page from drawing.
     */
    private static LocalDate parseDate(String value) throws BadInput {
        if (FOUR_DIGIT_YEAR_DATE.matcher(value).matches()) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                // "2018-02-30": the same answer as any other text that is no date.
            }
        }
        throw new BadInput("published '" + value + "' is not a date; expected YYYY-MM-DD, e.g. 2018-01-24");
    }

    /**
     * Hashes what a reader sees (not the id or the path), so an edited title is a change while a renamed or
     * moved file with the same content is not. Each part is length-prefixed so no two articles collide by
     * shifting text between fields.
     */
    private static String contentHash(String title, String outlet, String url, LocalDate published, String text) {
        var canonical = new StringBuilder();
        for (var part : new String[] {title, outlet, url, published == null ? null : published.toString(), text}) {
            if (part == null) {
                canonical.append("-1:");
            } else {
                canonical.append(part.length()).append(':').append(part);
            }
        }
        return sha256(canonical.toString());
    }

    private static String sha256(String value) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
