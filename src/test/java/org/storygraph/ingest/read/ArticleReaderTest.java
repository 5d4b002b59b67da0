package org.storygraph.ingest.read;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ArticleReaderTest {

    private static final long MAX_BYTES = 2_000;

    @TempDir
    Path dir;

    private final ArticleReader reader = new ArticleReader(MAX_BYTES);

    @Test
    void readsFrontMatterAndKeepsTheBodyByteForByte() throws IOException {
        var body = "  Indented first line.\n\nSecond paragraph with trailing spaces.   \n\n";
        var file = write("story.md", """
                ---
                id: denver-2018
                title: "Mayor rejects invite"
                outlet: 9NEWS
                url: https://example.org/story
                published: 2018-01-24
                ---
                """ + body);

        var result = reader.read(List.of(file));

        assertThat(result.failures()).isEmpty();
        assertThat(result.warnings()).isEmpty();
        assertThat(result.articles()).singleElement().satisfies(article -> {
            assertThat(article.id()).isEqualTo("denver-2018");
            assertThat(article.title()).isEqualTo("Mayor rejects invite");
            assertThat(article.outlet()).isEqualTo("9NEWS");
            assertThat(article.url()).isEqualTo("https://example.org/story");
            assertThat(article.published()).isEqualTo(LocalDate.of(2018, 1, 24));
            assertThat(article.publishedFrom()).isEqualTo(PublishedFrom.METADATA);
            assertThat(article.text()).isEqualTo(body);
            assertThat(article.source()).isEqualTo(file.toString());
            assertThat(article.contentHash()).matches("[0-9a-f]{64}");
        });
    }

    @Test
    void frontMatterValuesStayTextEvenWhenYamlWouldReadThemAsBooleansOrNumbers() throws IOException {
        var file = write("odd.md", "---\ntitle: No\noutlet: 1984\npublished: 2018-01-24\n---\nText.\n");

        var article = reader.read(List.of(file)).articles().get(0);

        assertThat(article.title()).isEqualTo("No");
        assertThat(article.outlet()).isEqualTo("1984");
    }

    @Test
    void fileWithoutFrontMatterTakesIdFromTheFileNameAndTitleFromTheFirstLine() throws IOException {
        var text = "\n\n   Denver Mayor Rejects White House Invite  \nDENVER, Jan. 24, 2018 - Text.\n";
        var file = write("cbs4_denver.txt", text);

        var article = reader.read(List.of(file)).articles().get(0);

        assertThat(article.id()).isEqualTo("cbs4_denver");
        assertThat(article.title()).isEqualTo("Denver Mayor Rejects White House Invite");
        assertThat(article.outlet()).isNull();
        assertThat(article.url()).isNull();
        assertThat(article.text()).isEqualTo(text);
    }

    @Test
    void titleFromTheFirstLineIsCutAt200Characters() throws IOException {
        var file = write("long.txt", "x".repeat(300) + "\nbody 2018-01-01");

        assertThat(reader.read(List.of(file)).articles().get(0).title()).hasSize(200);
    }

    @Test
    void byteOrderMarkAndWindowsLineEndingsAreHandled() throws IOException {
        var file = write("windows.md", "\uFEFF---\r\ntitle: Windows\r\npublished: 2019-04-12\r\n---\r\nBody\r\n");

        var article = reader.read(List.of(file)).articles().get(0);

        assertThat(article.title()).isEqualTo("Windows");
        assertThat(article.text()).isEqualTo("Body\r\n");
    }

    @Test
    void unsafeIdsAreNormalisedAndAnExplicitOneIsReported() throws IOException {
        var fromName = write("My Story (final).txt", "Text dated 2018-01-01.");
        var explicit = write("explicit.md", "---\nid: news/denver mayor\n---\nText dated 2018-01-01.");

        var result = reader.read(List.of(fromName, explicit));

        assertThat(result.articles()).extracting(Article::id).containsExactly("My-Story-final", "news-denver-mayor");
        assertThat(result.warnings()).singleElement(STRING)
                .contains("explicit.md", "'news/denver mayor'", "'news-denver-mayor'");
    }

    @Test
    void foldersAreReadRecursivelyInSortedOrderSkippingHiddenAndForeignFiles() throws IOException {
        write("folder/b.txt", "B 2018-01-01");
        write("folder/a.md", "A 2018-01-01");
        write("folder/sub/c.txt", "C 2018-01-01");
        write("folder/sub/d.jsonl", "{\"text\": \"D 2018-01-01\"}\n");
        write("folder/.draft.txt", "hidden");
        write("folder/.git/e.txt", "hidden folder");
        write("folder/photo.jpg", "not an article");
        write("folder/notes.pdf", "not an article");

        var result = reader.read(List.of(dir.resolve("folder")));

        assertThat(result.failures()).isEmpty();
        assertThat(result.articles()).extracting(Article::id).containsExactly("a", "b", "c", "d-1");
        assertThat(reader.read(List.of(dir.resolve("folder"))).articles())
                .extracting(Article::source).isEqualTo(result.articles().stream().map(Article::source).toList());
    }

    @Test
    void jsonLinesTakeIdsWhenGivenAndNumberThemByLineOtherwise() throws IOException {
        var file = write("feed.jsonl", """
                {"id": "cbs-1", "title": "Given", "outlet": "CBS4 Denver", "url": "https://example.org/1", \
                "published": "2018-01-24", "text": "First article.\\nSecond line."}

                {"text": "No id here, dated 2018-01-25."}
                {"id": 42, "text": "Numeric id, dated 2018-01-26."}
                """);

        var result = reader.read(List.of(file));

        assertThat(result.failures()).isEmpty();
        assertThat(result.articles())
                .extracting(Article::id, Article::source, Article::title)
                .containsExactly(
                        tuple("cbs-1", file + ":1", "Given"),
                        tuple("feed-3", file + ":3", "No id here, dated 2018-01-25."),
                        tuple("42", file + ":4", "Numeric id, dated 2018-01-26."));
        var first = result.articles().get(0);
        assertThat(first.text()).isEqualTo("First article.\nSecond line.");
        assertThat(first.outlet()).isEqualTo("CBS4 Denver");
        assertThat(first.published()).isEqualTo(LocalDate.of(2018, 1, 24));
        assertThat(first.publishedFrom()).isEqualTo(PublishedFrom.METADATA);
    }

    @Test
    void datelinesGiveTheDateWhenMetadataHasNone() throws IOException {
        var monthName = write("month.txt", "Headline\n\nWashington, D.C.-, January 25, 2018 | comments\n\nText.");
        var abbreviated = write("abbrev.txt", "Headline\nDENVER, Sept. 5 2018 - Text.");
        var dateWord = write("date-word.txt", " date 2018-01-24 DENVER (CBS4/AP)- Text.");
        var bareIso = write("iso.txt", "Posted 2019-04-12\nText.");

        var result = reader.read(List.of(monthName, abbreviated, dateWord, bareIso));

        assertThat(result.warnings()).isEmpty();
        assertThat(result.articles())
                .extracting(Article::published, Article::publishedFrom)
                .containsExactly(
                        tuple(LocalDate.of(2018, 1, 25), PublishedFrom.DATELINE),
                        tuple(LocalDate.of(2018, 9, 5), PublishedFrom.DATELINE),
                        tuple(LocalDate.of(2018, 1, 24), PublishedFrom.DATELINE),
                        tuple(LocalDate.of(2019, 4, 12), PublishedFrom.DATELINE));
    }

    @Test
    void anArticleWithoutAnyDateLoadsUndatedWithAWarning() throws IOException {
        var noYear = write("no-year.txt", "The threat came today, April 12, when the president tweeted.");
        var tooLate = write("too-late.txt", "Headline\n" + "word ".repeat(200) + "January 25, 2018");
        var notADate = write("not-a-date.txt", "Headline\nFebruary 30, 2018 and 2018-13-01 are not dates.");

        var result = reader.read(List.of(noYear, tooLate, notADate));

        assertThat(result.failures()).isEmpty();
        assertThat(result.articles()).extracting(Article::published, Article::publishedFrom)
                .containsOnly(tuple(null, PublishedFrom.NONE));
        assertThat(result.warnings()).containsExactly(
                noYear + " has no publication date; relative dates in it stay unresolved",
                tooLate + " has no publication date; relative dates in it stay unresolved",
                notADate + " has no publication date; relative dates in it stay unresolved");
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of("empty.txt", new byte[0], "is empty"),
                Arguments.of("blank.txt", " \n\t\n".getBytes(UTF_8), "is empty"),
                Arguments.of("image.txt", new byte[] {'G', 'I', 'F', 0, 1, 2}, "binary"),
                Arguments.of("latin1.txt", "Caf\u00e9 2018-01-01".getBytes(ISO_8859_1),
                        "not valid UTF-8 (bad byte at offset 3)"),
                Arguments.of("unclosed.md", "---\ntitle: x\nText.\n".getBytes(UTF_8), "never closed"),
                Arguments.of("bad-yaml.md", "---\ntitle: [unclosed\n---\nText.\n".getBytes(UTF_8),
                        "front matter is not valid YAML"),
                Arguments.of("list-yaml.md", "---\n- a\n- b\n---\nText.\n".getBytes(UTF_8),
                        "front matter must be key: value lines, but is a list"),
                Arguments.of("no-body.md", "---\ntitle: x\n---\n\n".getBytes(UTF_8), "no article text"),
                Arguments.of("bad-date.md", "---\npublished: 24/01/2018\n---\nText.\n".getBytes(UTF_8),
                        "published '24/01/2018' is not a date; expected YYYY-MM-DD"),
                Arguments.of("wrong-type.md", "---\ntitle: [a, b]\n---\nText.\n".getBytes(UTF_8),
                        "field 'title' should be text but is a list"),
                Arguments.of("huge.txt", "x".repeat((int) MAX_BYTES + 1).getBytes(UTF_8),
                        "is 2,001 bytes, over the limit of 2,000 bytes per article"),
                Arguments.of("notes.pdf", "%PDF".getBytes(UTF_8), "is not a .txt, .md or .jsonl file"),
                Arguments.of("empty.jsonl", "\n\n".getBytes(UTF_8), "is empty"),
                Arguments.of("binary.jsonl", new byte[] {'P', 'K', 3, 4, 0, '\n', 0, 1, '\n'}, "binary"),
                Arguments.of("ten-thousand-ad.md", "---\npublished: +10000-01-01\n---\nText.\n".getBytes(UTF_8),
                        "published '+10000-01-01' is not a date; expected YYYY-MM-DD"),
                Arguments.of("long-id.md", ("---\nid: " + "x".repeat(201) + "\n---\nText.\n").getBytes(UTF_8),
                        "id is 201 characters long; an id has at most 200"),
                Arguments.of("binary-tag.md", "---\ntitle: !!binary x\n---\nText.\n".getBytes(UTF_8),
                        "front matter is not valid YAML"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void aBadFileFailsAloneWithAOneLineReasonNamingIt(String name, byte[] content, String reason) throws IOException {
        var bad = dir.resolve(name);
        Files.write(bad, content);
        var good = write("good.txt", "Good article from 2018-01-24.");

        var result = reader.read(List.of(bad, good));

        assertThat(result.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.source()).isEqualTo(bad.toString());
            assertThat(failure.line()).startsWith(bad + ": ").contains(reason).doesNotContain("\n");
        });
        assertThat(result.articles()).extracting(Article::id).containsExactly("good");
    }

    @Test
    void aMissingPathFailsAlone() throws IOException {
        var missing = dir.resolve("nowhere/missing.txt");
        var good = write("good.txt", "Good article from 2018-01-24.");

        var result = reader.read(List.of(missing, good));

        assertThat(result.failures()).extracting(ReadFailure::line).containsExactly(missing + ": does not exist");
        assertThat(result.articles()).hasSize(1);
    }

    @Test
    void aBadFileInsideAFolderDoesNotStopTheRestOfTheFolder() throws IOException {
        write("folder/a.txt", "A 2018-01-01");
        var bad = write("folder/b.txt", "");
        write("folder/c.txt", "C 2018-01-01");

        var result = reader.read(List.of(dir.resolve("folder")));

        assertThat(result.failures()).extracting(ReadFailure::line).containsExactly(bad + ": is empty");
        assertThat(result.articles()).extracting(Article::id).containsExactly("a", "c");
    }

    @Test
    void aNulByteOnOneJsonLineCostsOnlyThatLine() throws IOException {
        var file = dir.resolve("mixed.jsonl");
        Files.write(file, "{\"text\": \"Good one, 2018-01-24.\"}\n{\"text\": \"bad\u0000\"}\n".getBytes(UTF_8));

        var result = reader.read(List.of(file));

        assertThat(result.articles()).extracting(Article::id).containsExactly("mixed-1");
        assertThat(result.failures()).extracting(ReadFailure::source).containsExactly(file + ":2");
    }

    @Test
    void aBadJsonLineFailsAloneNamingFileAndLine() throws IOException {
        var lines = String.join("\n",
                "{\"text\": \"Good one, 2018-01-24.\"}",
                "{\"text\": \"broken",
                "{\"title\": \"no text\"}",
                "{\"text\": 17}",
                "[\"not\", \"an object\"]",
                "{\"text\": \"Bad date\", \"published\": \"yesterday\"}",
                "{\"text\": \"" + "x".repeat((int) MAX_BYTES + 1) + "\"}",
                "{\"text\": \"Good two, 2018-01-25.\"}",
                "");
        var bytes = new ByteArrayOutputStream();
        bytes.write(lines.getBytes(UTF_8));
        bytes.write("{\"text\": \"\u00ff\"}".getBytes(ISO_8859_1)); // a Latin-1 byte that is not UTF-8
        var file = Files.write(dir.resolve("feed.jsonl"), bytes.toByteArray());

        var result = reader.read(List.of(file));

        assertThat(result.articles()).extracting(Article::source).containsExactly(file + ":1", file + ":8");
        assertThat(result.failures()).extracting(ReadFailure::source).containsExactly(
                file + ":2", file + ":3", file + ":4", file + ":5", file + ":6", file + ":7", file + ":9");
        assertThat(result.failures()).extracting(ReadFailure::reason).satisfiesExactly(
                reason -> assertThat(reason).startsWith("invalid JSON: "),
                reason -> assertThat(reason).contains("missing \"text\""),
                reason -> assertThat(reason).isEqualTo("\"text\" should be a string but is a number"),
                reason -> assertThat(reason).contains("should be a JSON object", "array"),
                reason -> assertThat(reason).contains("published 'yesterday' is not a date"),
                reason -> assertThat(reason).contains("over the limit of 2,000 bytes"),
                reason -> assertThat(reason).contains("not valid UTF-8"));
        assertThat(result.failures()).extracting(ReadFailure::line)
                .allSatisfy(line -> assertThat(line).doesNotContain("\n"));
    }

    @Test
    void sameContentHasTheSameHashAndAnEditedTitleOrTextChangesIt() throws IOException {
        var original = write("a.md", "---\ntitle: One\npublished: 2018-01-24\n---\nText.\n");
        var copyUnderAnotherName = write("b.md", "---\ntitle: One\npublished: 2018-01-24\n---\nText.\n");
        var retitled = write("c.md", "---\ntitle: Two\npublished: 2018-01-24\n---\nText.\n");
        var edited = write("d.md", "---\ntitle: One\npublished: 2018-01-24\n---\nText!\n");

        var hashes = reader.read(List.of(original, copyUnderAnotherName, retitled, edited)).articles().stream()
                .map(Article::contentHash).toList();

        assertThat(hashes.get(1)).isEqualTo(hashes.get(0));
        assertThat(hashes.get(2)).isNotEqualTo(hashes.get(0));
        assertThat(hashes.get(3)).isNotEqualTo(hashes.get(0));
        assertThat(reader.read(List.of(original)).articles().get(0).contentHash()).isEqualTo(hashes.get(0));
    }

    @Test
    void twoArticlesWithOneIdAreReported() throws IOException {
        var first = write("x/same.txt", "One 2018-01-01");
        var second = write("y/same.md", "Two 2018-01-01");

        var result = reader.read(List.of(first, second));

        assertThat(result.articles()).hasSize(2);
        assertThat(result.warnings()).singleElement(STRING)
                .contains("'same'", first.toString(), second.toString());
    }

    @Test
    void theSeedCorpusLoadsWithItsDatesAndOutlets() {
        // Maven runs tests from the project folder; the seed articles need a realistic size limit.
        var result = new ArticleReader(2_000_000).read(List.of(Path.of("seed")));

        assertThat(result.failures()).isEmpty();
        assertThat(result.warnings()).isEmpty();
        assertThat(result.articles())
                .extracting(Article::id, Article::outlet, Article::published, Article::publishedFrom)
                .containsExactly(
                        tuple("000_e2a974054b3e7925", "9NEWS", LocalDate.of(2018, 1, 24), PublishedFrom.METADATA),
                        tuple("001_a921626e9c1ba22f", "CBS4 Denver", LocalDate.of(2018, 1, 24), PublishedFrom.METADATA),
                        tuple("002_528f9690bc11bb9e", "CBS4 Denver", LocalDate.of(2018, 1, 24), PublishedFrom.METADATA),
                        tuple("003_84d10517370e5515", "Colorado Politics", LocalDate.of(2018, 1, 25),
                                PublishedFrom.METADATA),
                        tuple("004_e7e15d3b9ef27f61", "Westword", LocalDate.of(2019, 4, 12), PublishedFrom.METADATA));
        assertThat(result.articles()).allSatisfy(article -> {
            assertThat(article.title()).isNotBlank();
            assertThat(article.text()).doesNotStartWith("---");
        });
    }

    private Path write(String name, String content) throws IOException {
        var file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }
}
