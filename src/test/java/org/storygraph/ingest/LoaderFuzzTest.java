package org.storygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.storygraph.Fuzz;
import org.storygraph.IntegrationTest;
import org.storygraph.ingest.read.Article;
import org.storygraph.ingest.read.ArticleReader;
import org.storygraph.ingest.read.ReadFailure;
import org.storygraph.ingest.read.ReadResult;

/**
 * Thousands of random and mutated article files (.txt, .md with and without front matter, .jsonl) thrown at the
 * reader, then a batch of broken files around a few valid ones through the whole loader and CoreNLP: nothing
 * throws, every rejection names its file (and line), every valid article is loaded, and loaded whole.
 */
class LoaderFuzzTest extends IntegrationTest {

    /** Small, so that "too big" inputs stay cheap to write; the real default is tested by LoaderInputTest. */
    private static final long READER_LIMIT = 50_000;
    private static final List<String> EXTENSIONS = List.of("txt", "md", "jsonl");

    @Autowired
    LoadService loader;

    @Autowired
    Driver driver;

    @TempDir
    Path dir;

    private final List<String> seedBodies = seedBodies();

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void theReaderAnswersEveryInputWithArticlesOrAFailureNamingIt() throws IOException {
        var fuzz = Fuzz.create("the article reader");
        var reader = new ArticleReader(READER_LIMIT);
        int inputs = Fuzz.count(2000);
        int articles = 0;
        int failures = 0;
        long started = System.nanoTime();
        for (int i = 0; i < inputs; i++) {
            String ext = fuzz.pick(EXTENSIONS);
            Path file = dir.resolve("input-" + i + "." + ext);
            Files.write(file, ext.equals("jsonl") ? jsonLines(fuzz) : textFile(fuzz));
            long before = System.nanoTime();
            ReadResult read = reader.read(List.of(file));
            String context = "seed " + fuzz.seed() + ", input " + i + " (" + file + ")";
            assertThat(Duration.ofNanos(System.nanoTime() - before)).as(context).isLessThan(Duration.ofSeconds(2));
            assertThat(read.articles().size() + read.failures().size()).as(context + ": some answer").isPositive();
            read.failures().forEach(failure -> assertNamesItsInput(failure, file, context));
            read.articles().forEach(article -> assertWellFormed(article, file, context));
            if (!ext.equals("jsonl")) {
                assertThat(read.articles().size() + read.failures().size()).as(context + ": one answer per file").isEqualTo(1);
            }
            articles += read.articles().size();
            failures += read.failures().size();
            Files.delete(file);
        }
        System.out.printf("Reader fuzz: %d files, %d articles, %d failures in %d ms%n", inputs, articles, failures,
                Duration.ofNanos(System.nanoTime() - started).toMillis());
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void aBatchOfBrokenFilesLoadsEveryValidArticleAndEachWhole() throws IOException {
        var fuzz = Fuzz.create("the loader");
        String prefix = "fuzz-" + Long.toHexString(fuzz.seed());
        for (int i = 0; i < 4; i++) {
            // The first with an id too long for any index, the rest sometimes near the limit of 200 characters.
            int extra = i == 0 ? 8200 + fuzz.nextInt(800) : fuzz.chance(0.3) ? fuzz.nextInt(300) : 0;
            String id = prefix + "-" + i + "-" + "x".repeat(extra);
            Files.write(dir.resolve(prefix + "-valid-" + i + (i % 2 == 0 ? ".md" : ".txt")), Fuzz.utf8(validArticle(fuzz, id)));
        }
        for (int i = 0; i < 2; i++) {
            var lines = new StringBuilder(validJsonLine(fuzz, prefix + "-json-" + i)).append('\n');
            lines.append(new String(jsonLines(fuzz), java.nio.charset.StandardCharsets.UTF_8));
            Files.write(dir.resolve(prefix + "-lines-" + i + ".jsonl"), Fuzz.utf8(lines.toString()));
        }
        for (int i = 0; i < Fuzz.count(40); i++) {
            String ext = fuzz.pick(EXTENSIONS);
            Files.write(dir.resolve(prefix + "-broken-" + i + "." + ext), ext.equals("jsonl") ? brokenJsonLines(fuzz) : brokenTextFile(fuzz));
        }
        ReadResult expected = new ArticleReader(2_000_000).read(List.of(dir));
        assertThat(expected.articles()).as("valid articles in the batch").isNotEmpty();

        long started = System.nanoTime();
        LoadReport report = loader.load(List.of(dir), LoadProgress.SILENT);
        System.out.printf("Loader fuzz (seed %d): %d articles extracted and written, %d failures, in %d ms%n",
                fuzz.seed(), report.articlesWritten(), report.failures().size(),
                Duration.ofNanos(System.nanoTime() - started).toMillis());

        for (ReadFailure failure : report.failures()) {
            System.out.println("  rejected " + failure.line().substring(dir.toString().length() + 1, Math.min(failure.line().length(), dir.toString().length() + 160)));
            assertThat(failure.source()).as("seed " + fuzz.seed()).startsWith(dir.toString());
            assertThat(failure.reason()).as(failure.line()).isNotBlank()
                    .doesNotStartWith("extraction failed").doesNotStartWith("could not be written")
                    .doesNotContain("internal error");
        }
        var ids = new HashMap<String, Integer>();
        expected.articles().forEach(a -> ids.merge(a.id(), 1, Integer::sum));
        for (Article article : expected.articles()) {
            String context = "seed " + fuzz.seed() + ", " + article.source();
            var stored = storedArticle(article.id());
            assertThat(stored).as(context + ": loaded").isNotNull();
            if (ids.get(article.id()) == 1) {
                assertThat(stored.get("hash")).as(context).isEqualTo(article.contentHash());
                assertWhole(article, context);
            }
        }
        assertEveryArticlesSentencesAreContiguous();

        LoadReport again = loader.load(List.of(dir), LoadProgress.SILENT);
        assertThat(again.articlesWritten()).as("nothing changed, nothing written").isZero();
        assertThat(again.failures()).hasSameSizeAs(expected.failures());
    }

    // ---- inputs -------------------------------------------------------------------------------------------

    private byte[] textFile(Fuzz fuzz) {
        return switch (fuzz.nextInt(9)) {
            case 0 -> fuzz.randomBytes(fuzz.nextInt(2000));
            case 1 -> Fuzz.utf8(fuzz.mutate(seedArticle(fuzz), 1 + fuzz.nextInt(20)));
            case 2 -> fuzz.mutateBytes(Fuzz.utf8(seedArticle(fuzz)), 1 + fuzz.nextInt(10));
            case 3 -> Fuzz.utf8(frontMatter(fuzz) + (fuzz.chance(0.8) ? fuzz.pick(seedBodies) : ""));
            case 4 -> Fuzz.utf8(fuzz.pick(List.of("", " ", "\n\n", "\uFEFF", "\uFEFF\n", "---\n---\n", "---\n", "---", "\r\n---\r\n")));
            case 5 -> Fuzz.utf8("w".repeat((int) READER_LIMIT + fuzz.nextInt(100)));
            case 6 -> Fuzz.utf8(fuzz.asciiWord(1 + fuzz.nextInt(5)).repeat(1 + fuzz.nextInt(9000)));
            case 7 -> Fuzz.utf8(fuzz.randomText(fuzz.nextInt(500)));
            default -> withNul(fuzz, Fuzz.utf8(fuzz.pick(seedBodies)));
        };
    }

    private byte[] brokenTextFile(Fuzz fuzz) {
        return switch (fuzz.nextInt(5)) {
            case 0 -> withNul(fuzz, fuzz.randomBytes(1 + fuzz.nextInt(2000)));
            case 1 -> Fuzz.utf8(fuzz.pick(List.of("", " \n ", "\uFEFF", "---\n---\n", "---\ntitle: x\n")));
            case 2 -> Fuzz.utf8("---\npublished: " + fuzz.pick(List.of("2018-02-30", "tomorrow", "2018-13-01", "[1, 2]"))
                    + "\n---\n" + fuzz.pick(seedBodies));
            case 3 -> Fuzz.utf8("---\n" + fuzz.pick(BAD_YAML) + "\n---\n" + fuzz.pick(seedBodies));
            default -> truncatedUtf8(fuzz);
        };
    }

    private static final List<String> BAD_YAML = List.of(
            "title: [unclosed", "title: {a: [b", "a: &a [*a, *a]", "!!java.lang.Runtime {}", "title: !!binary x",
            "- a list", "title: a\ntitle: b", "[".repeat(5000), "{".repeat(5000), "title: \"unterminated",
            "id: [1, 2]", "title: {nested: map}", "published: 2018-01-24T10:00:00Z", "\t- tab", "? complex\n: key",
            "&a a: b\n*a : c", "title: *undefined", "%YAML 9.9\n---", "title: |\n  block\n bad indent");

    private byte[] jsonLines(Fuzz fuzz) {
        var lines = new StringBuilder();
        int n = fuzz.nextInt(6);
        for (int i = 0; i < n; i++) {
            lines.append(switch (fuzz.nextInt(7)) {
                case 0 -> validJsonLine(fuzz, null);
                case 1 -> fuzz.mutate(validJsonLine(fuzz, null), 1 + fuzz.nextInt(6));
                case 2 -> "{\"text\": " + fuzz.pick(List.of("1", "null", "[]", "{}", "\"\"", "\"  \"", "true")) + "}";
                case 3 -> "{\"published\": \"" + Fuzz.jsonText(fuzz.value()) + "\", \"id\": \"" + Fuzz.jsonText(fuzz.value()) + "\", \"text\": \""
                        + Fuzz.jsonText(fuzz.pick(seedBodies)) + "\"}";
                case 4 -> "[".repeat(1 + fuzz.nextInt(3000));
                case 5 -> fuzz.randomText(fuzz.nextInt(300)).replace('\n', ' ');
                default -> "";
            }).append(fuzz.chance(0.9) ? "\n" : "\r\n");
        }
        byte[] bytes = Fuzz.utf8(lines.toString());
        return fuzz.chance(0.2) ? fuzz.mutateBytes(bytes, 1 + fuzz.nextInt(4)) : bytes;
    }

    private byte[] brokenJsonLines(Fuzz fuzz) {
        return Fuzz.utf8(fuzz.pick(List.of("{\"text\": \"unterminated", "{\"id\": \"x\"}", "[1, 2, 3]", "{\"text\": 42}",
                "{\"text\": \"a\"} trailing", "{\"text\": \"a\", \"text\": \"b\"}", "", "\n\n",
                "{\"text\": \"Denver.\", \"published\": \"24/01/2018\"}", "[".repeat(4000))) + "\n");
    }

    private String frontMatter(Fuzz fuzz) {
        var yaml = new StringBuilder("---\n");
        int n = fuzz.nextInt(6);
        for (int i = 0; i < n; i++) {
            if (fuzz.chance(0.2)) {
                yaml.append(fuzz.pick(BAD_YAML)).append('\n');
            } else {
                String key = fuzz.pick(List.of("id", "title", "outlet", "url", "published", fuzz.asciiWord(4)));
                yaml.append(key).append(": ").append(fuzz.value().replace("\n", " ")).append('\n');
            }
        }
        return fuzz.chance(0.9) ? yaml.append("---\n").toString() : yaml.toString();
    }

    /** A few lines of a seed article, lightly mutated, with a date or none. */
    private String validArticle(Fuzz fuzz, String id) {
        String body = shortBody(fuzz);
        // Dates a browser cannot read ("+10000-01-01") must be refused; the good ones stay near the seed's, as these
        // articles stay in the database the browser tests share (a span of millennia is the page's own question).
        String published = fuzz.chance(0.3) ? "" : "published: " + fuzz.pick(List.of("2018-01-24", "2016-02-29",
                "2019-12-31", "2017-06-30", "+10000-01-01", "-0044-03-15", "+2018-01-24", "2018-1-24")) + "\n";
        return "---\nid: " + id + "\ntitle: \"" + fuzz.asciiWord(8) + "\"\n" + published + "---\n" + body;
    }

    private String validJsonLine(Fuzz fuzz, String id) {
        return "{" + (id == null ? "" : "\"id\": \"" + id + "\", ") + "\"outlet\": \"" + Fuzz.jsonText(fuzz.nasty())
                + "\", \"text\": \"" + Fuzz.jsonText(shortBody(fuzz)) + "\"}";
    }

    /** Short, so that CoreNLP's share of the run stays small. */
    private String shortBody(Fuzz fuzz) {
        String body = fuzz.pick(seedBodies);
        body = body.substring(0, Math.min(body.length(), 200 + fuzz.nextInt(250)));
        return fuzz.mutate(body, fuzz.nextInt(4)).strip() + "\n";
    }

    private String seedArticle(Fuzz fuzz) {
        try (Stream<Path> files = Files.list(Path.of("seed"))) {
            return Files.readString(fuzz.pick(files.sorted().toList()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] truncatedUtf8(Fuzz fuzz) {
        byte[] bytes = Fuzz.utf8(fuzz.pick(seedBodies) + "\u00e9\u65E5\uD83D\uDE00");
        return java.util.Arrays.copyOf(bytes, bytes.length - 1 - fuzz.nextInt(2));
    }

    private static byte[] withNul(Fuzz fuzz, byte[] bytes) {
        byte[] out = bytes.length == 0 ? new byte[1] : bytes.clone();
        out[fuzz.nextInt(out.length)] = 0;
        return out;
    }

    private static List<String> seedBodies() {
        try (Stream<Path> files = Files.list(Path.of("seed"))) {
            var bodies = new ArrayList<String>();
            for (Path file : files.sorted().toList()) {
                String text = Files.readString(file);
                bodies.add(text.substring(text.indexOf("\n---\n") + 5));
            }
            return bodies;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- checks -------------------------------------------------------------------------------------------

    private static void assertNamesItsInput(ReadFailure failure, Path file, String context) {
        assertThat(failure.source()).as(context).satisfiesAnyOf(
                source -> assertThat(source).isEqualTo(file.toString()),
                source -> assertThat(source).matches(java.util.regex.Pattern.quote(file.toString()) + ":\\d+"));
        assertThat(failure.reason()).as(context).isNotBlank().doesNotContain("internal error");
    }

    private static void assertWellFormed(Article article, Path file, String context) {
        assertThat(article.source()).as(context).startsWith(file.toString());
        assertThat(article.id()).as(context).matches("[A-Za-z0-9._-]{1,200}");
        assertThat(article.text()).as(context).isNotBlank();
        assertThat(article.contentHash()).as(context).matches("[0-9a-f]{64}");
        if (article.published() != null) {
            assertThat(article.published().getYear()).as(context + ": a year browsers can read").isBetween(0, 9999);
        }
    }

    private Map<String, Object> storedArticle(String id) {
        try (var session = driver.session()) {
            var rows = session.run("MATCH (a:Article {id: $id}) RETURN a.contentHash AS hash", Map.of("id", id))
                    .list(r -> r.asMap());
            return rows.isEmpty() ? null : rows.get(0);
        }
    }

    /**
     * The article's stored sentences, in order, are numbered 0..n-1, each is the text between its offsets, and
     * together they hold every letter and digit of the article as read from its file again.
     */
    private void assertWhole(Article article, String context) {
        List<Map<String, Object>> sentences;
        try (var session = driver.session()) {
            sentences = session.run("""
                    MATCH (s:Sentence)-[:IN]->(:Article {id: $id})
                    RETURN s.index AS index, s.begin AS begin, s.end AS end, s.text AS text ORDER BY s.index""",
                    Map.of("id", article.id())).list(r -> r.asMap());
        }
        assertThat(sentences).as(context + ": sentences").isNotEmpty();
        boolean[] covered = new boolean[article.text().length()];
        for (int i = 0; i < sentences.size(); i++) {
            var s = sentences.get(i);
            assertThat(((Number) s.get("index")).intValue()).as(context + ": sentence numbers").isEqualTo(i);
            int begin = ((Number) s.get("begin")).intValue();
            int end = ((Number) s.get("end")).intValue();
            assertThat(s.get("text")).as(context + ": sentence " + i).isEqualTo(article.text().substring(begin, end));
            java.util.Arrays.fill(covered, begin, end, true);
        }
        for (int at = 0; at < covered.length; at++) {
            if (!covered[at] && Character.isLetterOrDigit(article.text().charAt(at))) {
                throw new AssertionError(context + ": character " + at + " ('" + article.text().charAt(at)
                        + "') is in no stored sentence");
            }
        }
    }

    private void assertEveryArticlesSentencesAreContiguous() {
        try (var session = driver.session()) {
            var gaps = session.run("""
                    MATCH (a:Article)
                    OPTIONAL MATCH (s:Sentence)-[:IN]->(a)
                    WITH a, count(s) AS n, collect(DISTINCT s.index) AS indexes
                    WHERE n > 0 AND (size(indexes) <> n OR any(i IN range(0, n - 1) WHERE NOT i IN indexes))
                    RETURN a.id AS id""").list(r -> r.get("id").asString());
            assertThat(gaps).as("articles whose sentences are not numbered 0..n-1").isEmpty();
        }
    }
}
