package org.storygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.storygraph.IntegrationTest;
import org.storygraph.ingest.read.ReadFailure;

/** Bad files next to good ones, and an edited article loaded again. */
class LoaderInputTest extends IntegrationTest {

    @Autowired
    LoadService loader;

    @Autowired
    Driver driver;

    @TempDir
    Path dir;

    @Test
    void badFilesFailOneByOneWhileTheRestOfTheBatchLoads() throws IOException {
        write("good.md", """
                ---
                id: input-good
                title: Council votes
                published: 2021-03-02
                ---
                Mayor Jane Porter of Springfield signed the budget on Monday.
                """);
        write("empty.txt", "");
        Files.write(dir.resolve("binary.txt"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x14});
        Files.write(dir.resolve("latin1.txt"), "Caf\u00e9 owner Jos\u00e9 Diaz opened a shop.".getBytes(StandardCharsets.ISO_8859_1));
        write("broken.md", "---\ntitle: [unclosed\n---\nText of a broken article about Springfield.\n");
        write("baddate.md", "---\npublished: next Tuesday\n---\nSpringfield opened a library.\n");
        write("lines.jsonl", """
                {"id": "input-json-ok", "published": "2021-03-03", "text": "Governor Ann Lee visited Springfield on Tuesday."}
                {"id": "input-json-bad", "text": 
                """);
        Files.write(dir.resolve("huge.txt"), "Springfield news. ".repeat(300_000).getBytes(StandardCharsets.UTF_8));

        LoadReport report = loader.load(List.of(dir), LoadProgress.SILENT);

        assertThat(report.failures()).extracting(ReadFailure::line).anySatisfy(l -> assertThat(l).contains("empty.txt"))
                .anySatisfy(l -> assertThat(l).contains("binary.txt"))
                .anySatisfy(l -> assertThat(l).contains("latin1.txt").containsIgnoringCase("UTF-8"))
                .anySatisfy(l -> assertThat(l).contains("broken.md"))
                .anySatisfy(l -> assertThat(l).contains("baddate.md").contains("next Tuesday"))
                .anySatisfy(l -> assertThat(l).contains("lines.jsonl:2"))
                .anySatisfy(l -> assertThat(l).contains("huge.txt"));
        assertThat(report.succeeded()).isFalse();
        assertThat(articleIds()).contains("input-good", "input-json-ok")
                .noneMatch(id -> id.startsWith("empty") || id.startsWith("binary") || id.startsWith("latin1")
                        || id.startsWith("broken") || id.startsWith("baddate") || id.startsWith("huge") || id.equals("input-json-bad"));
    }

    @Test
    void anEditedArticleReplacesWhatItContributed() throws IOException {
        write("edited.md", """
                ---
                id: input-edited
                published: 2020-05-06
                ---
                Senator Rosa Quintero criticised the Harbor Authority on Tuesday.
                """);
        loader.load(List.of(dir), LoadProgress.SILENT);
        assertThat(entitiesMentionedBy("input-edited")).contains("Rosa Quintero");

        write("edited.md", """
                ---
                id: input-edited
                published: 2020-05-06
                ---
                Governor Tomas Becker praised the Harbor Authority on Tuesday.
                """);
        LoadReport report = loader.load(List.of(dir), LoadProgress.SILENT);

        assertThat(report.articlesWritten()).isEqualTo(1);
        assertThat(entitiesMentionedBy("input-edited")).contains("Tomas Becker").doesNotContain("Rosa Quintero");
        long quintero = driver.session().run("MATCH (e:Entity {name: 'Rosa Quintero'}) RETURN count(e) AS n").single().get("n").asLong();
        assertThat(quintero).as("an entity no article mentions any more is gone").isZero();
    }

    private List<String> articleIds() {
        return driver.session().run("MATCH (a:Article) RETURN a.id AS id").list(r -> r.get("id").asString());
    }

    private List<String> entitiesMentionedBy(String articleId) {
        return driver.session().run("MATCH (:Article {id: $id})-[:MENTIONS]->(e:Entity) RETURN e.name AS name",
                Map.of("id", articleId)).list(r -> r.get("name").asString());
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(dir.resolve(name), content);
    }
}
