package org.storygraph.ingest.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;
import org.springframework.beans.factory.annotation.Autowired;
import org.storygraph.IntegrationTest;
import org.storygraph.ingest.extracted.ArticleGraph;
import org.storygraph.ingest.extracted.ArticleGraph.QuoteRow;

class GraphWriterTest extends IntegrationTest {

    @Autowired
    GraphWriter writer;

    @Autowired
    Driver driver;

    private final StoryFixture story = new StoryFixture("gw" + UUID.randomUUID().toString().substring(0, 8) + "-");

    @Test
    void writesBothArticlesWithSharedNodesMergedAndProvenanceKept() {
        writer.write(story.articleA());
        writer.write(story.articleB());

        assertThat(counts()).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                entry("Article", 2L), entry("Sentence", 5L), entry("Entity", 4L), entry("Role", 1L),
                entry("Event", 2L), entry("Quote", 1L),
                entry("Sentence-IN", 5L), entry("Sentence-MENTIONS", 9L), entry("Article-MENTIONS", 6L),
                entry("Entity-CO_OCCURS", 4L), entry("Entity-HAS_ROLE", 1L), entry("Role-AT", 1L),
                entry("Entity-PARTICIPATES_IN", 3L), entry("Event-REPORTED_IN", 3L),
                entry("Entity-SAID", 1L), entry("Quote-QUOTED_IN", 2L)));

        var article = one("MATCH (a:Article {id: $id}) RETURN a", story.a()).asMap();
        assertThat(article).containsEntry("title", "Mayor declines White House invitation")
                .containsEntry("outlet", "9NEWS").containsEntry("published", LocalDate.of(2018, 1, 24))
                .containsEntry("publishedFrom", "METADATA").containsEntry("contentHash", "hash-a1")
                .containsEntry("source", story.a() + ".md").containsEntry("url", "https://example.org/" + story.a());
        assertThat(one("MATCH (s:Sentence {id: $id}) RETURN s", story.a() + "#1").asMap())
                .containsEntry("articleId", story.a()).containsEntry("index", 1L)
                .containsEntry("text", "\"We will not be bullied,\" Hancock said.")
                .containsEntry("begin", 73L).containsEntry("end", 114L);

        var hancock = one("MATCH (e:Entity {id: $id}) RETURN e", story.hancock());
        assertThat(hancock.get("aliases").asList(Value::asString))
                .containsExactly("Hancock", "Mayor Hancock", "Michael Hancock", "the mayor");
        assertThat(hancock.get("type").asString()).isEqualTo("PERSON");
        assertThat(one("MATCH (:Article {id: $id})-[m:MENTIONS]->(:Entity {name: 'Michael Hancock'}) RETURN m.count",
                story.a()).asLong()).isEqualTo(2);

        // One pair, lower id first, counting the sentence of each article that names both.
        var pair = one("MATCH (:Entity {id: $id})-[r:CO_OCCURS]->(e:Entity) WHERE e.name = 'Michael Hancock' RETURN r",
                story.denver()).asMap();
        assertThat(pair).containsExactly(entry("weight", 2L));

        var role = one("MATCH (:Entity {id: $id})-[:HAS_ROLE]->(r:Role)-[:AT]->(at) RETURN r{.title, .sentences, at: at.id}",
                story.hancock()).asMap();
        assertThat(role).containsEntry("title", "Mayor").containsEntry("at", story.denver())
                .containsEntry("sentences", List.of(story.a() + "#0", story.b() + "#0"));

        var criticism = one("MATCH (v:Event {id: $id}) RETURN v", story.criticism()).asMap();
        assertThat(criticism).containsEntry("date", "2018-02").containsEntry("precision", "MONTH")
                .containsEntry("start", LocalDate.of(2018, 2, 1)).containsEntry("end", LocalDate.of(2018, 2, 28))
                .containsEntry("dateBasis", "RELATIVE").containsEntry("actionKey", "criticize");
        assertThat(strings("MATCH (:Event {id: $id})-[r:REPORTED_IN]->(s) RETURN r.trigger + '@' + s.id ORDER BY s.id",
                story.decline())).containsExactly("declined@" + story.a() + "#0", "skipped@" + story.b() + "#0");
        assertThat(strings("MATCH (e)-[p:PARTICIPATES_IN]->(:Event {id: $id}) RETURN e.id + ':' + p.role ORDER BY e.id",
                story.criticism())).containsExactly(story.denver() + ":PARTICIPANT", story.ice() + ":AGENT");
        assertThat(strings("MATCH (:Quote {id: $id})-[:QUOTED_IN]->(s) RETURN s.id ORDER BY s.id", story.bullied()))
                .containsExactly(story.a() + "#1", story.b() + "#1");

        assertThat(writer.storedHash(story.a())).contains("hash-a1");
        assertThat(writer.storedHash(story.p() + "never-loaded")).isEmpty();
        assertThat(writer.storedHashes()).containsEntry(story.a(), "hash-a1").containsEntry(story.b(), "hash-b1");
    }

    @Test
    void writingTheSameArticlesAgainChangesNothing() {
        writer.write(story.articleA());
        writer.write(story.articleB());
        var once = counts();
        var aliases = strings("MATCH (e:Entity {id: $id}) UNWIND e.aliases AS a RETURN a", story.hancock());

        writer.writeAll(List.of(story.articleA(), story.articleB(), story.articleA()));

        assertThat(counts()).isEqualTo(once);
        assertThat(strings("MATCH (e:Entity {id: $id}) UNWIND e.aliases AS a RETURN a", story.hancock())).isEqualTo(aliases);
        assertThat(one("MATCH (:Entity {id: $id})-[r:CO_OCCURS]->(e {name: 'Michael Hancock'}) RETURN r.weight",
                story.denver()).asLong()).isEqualTo(2);
    }

    @Test
    void aChangedArticleReplacesItsContributionAndKeepsWhatTheOtherArticleSupports() {
        writer.write(story.articleA());
        writer.write(story.articleB());

        writer.write(story.articleAChanged());

        assertThat(counts()).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                entry("Article", 2L), entry("Sentence", 5L), entry("Entity", 3L), entry("Role", 1L),
                entry("Event", 1L), entry("Quote", 1L),
                entry("Sentence-IN", 5L), entry("Sentence-MENTIONS", 8L), entry("Article-MENTIONS", 5L),
                entry("Entity-CO_OCCURS", 3L), entry("Entity-HAS_ROLE", 1L), entry("Role-AT", 1L),
                entry("Entity-PARTICIPATES_IN", 1L), entry("Event-REPORTED_IN", 2L),
                entry("Entity-SAID", 1L), entry("Quote-QUOTED_IN", 1L)));
        // ICE and the criticism only A reported are gone, with ICE's co-occurrence.
        assertThat(strings("MATCH (n) WHERE n.id IN [$id, $id + '-'] RETURN n.id", story.ice())).isEmpty();
        assertThat(strings("MATCH (n:Event {id: $id}) RETURN n.id", story.criticism())).isEmpty();
        // The retold refusal: A's new title and trigger, B's report untouched.
        assertThat(one("MATCH (v:Event {id: $id}) RETURN v.title", story.decline()).asString())
                .isEqualTo("Hancock refuses invitation");
        assertThat(strings("MATCH (:Event {id: $id})-[r:REPORTED_IN]->(s) RETURN r.trigger + '@' + s.id ORDER BY s.id",
                story.decline())).containsExactly("refused@" + story.a() + "#0", "skipped@" + story.b() + "#0");
        // The quote A no longer carries stays, sourced from B only, still credited to the mayor.
        assertThat(strings("MATCH (:Quote {id: $id})-[:QUOTED_IN]->(s) RETURN s.id", story.bullied()))
                .containsExactly(story.b() + "#1");
        assertThat(strings("MATCH (e)-[:SAID]->(:Quote {id: $id}) RETURN e.id", story.bullied()))
                .containsExactly(story.hancock());
        // Aliases are the forms the articles use now: A dropped "Hancock" and added "He".
        assertThat(strings("MATCH (e:Entity {id: $id}) UNWIND e.aliases AS a RETURN a", story.hancock()))
                .containsExactly("He", "Mayor Hancock", "Michael Hancock", "the mayor");
        assertThat(one("MATCH (s:Sentence {id: $id}) RETURN s.text", story.a() + "#1").asString())
                .isEqualTo("He said nothing more.");
        assertThat(writer.storedHash(story.a())).contains("hash-a2");
    }

    @Test
    void removingAnArticleLeavesOnlyWhatTheOtherSupports() {
        writer.write(story.articleAChanged());
        writer.write(story.articleB());

        writer.remove(story.b());

        assertThat(counts()).containsEntry("Article", 1L).containsEntry("Sentence", 3L).containsEntry("Entity", 2L)
                .containsEntry("Event", 1L).containsEntry("Entity-CO_OCCURS", 1L).doesNotContainKey("Quote");
        assertThat(one("MATCH (r:Role {id: $id}) RETURN r.sentences", story.mayor()).asList(Value::asString))
                .containsExactly(story.a() + "#0");
        assertThat(one("MATCH (:Entity {id: $id})-[r:CO_OCCURS]->() RETURN r.weight", story.denver()).asLong())
                .isEqualTo(1);
        assertThat(writer.storedHash(story.b())).isEmpty();
    }

    @Test
    void aWriteThatFailsMidwayLeavesTheArticleAsItWas() {
        writer.write(story.articleA());
        writer.write(story.articleB());
        var before = counts();

        // Sentences and entities are written before quotes; the quote without an id breaks the quote constraint.
        var changed = story.articleAChanged();
        var broken = new ArticleGraph(withHash(changed, "hash-broken"), changed.sentences(), changed.entities(),
                changed.mentions(), changed.roles(), changed.events(),
                List.of(new QuoteRow(null, "Nothing more", story.hancock(), null, List.of(story.a() + "#1"))));
        assertThatThrownBy(() -> writer.write(broken)).hasMessageContaining("null");

        assertThat(counts()).isEqualTo(before);
        assertThat(writer.storedHash(story.a())).contains("hash-a1");
        assertThat(one("MATCH (s:Sentence {id: $id}) RETURN s.text", story.a() + "#1").asString())
                .isEqualTo("\"We will not be bullied,\" Hancock said.");
        assertThat(one("MATCH (v:Event {id: $id}) RETURN v.title", story.decline()).asString())
                .isEqualTo("Hancock skips meeting");
    }

    @Test
    void aNewArticleThatFailsLeavesNothingBehind() {
        var a = story.articleA();
        var entities = new ArrayList<>(a.entities());
        entities.add(new ArticleGraph.EntityRow(null, "Nobody", "PERSON", List.of()));
        var broken = new ArticleGraph(a.article(), a.sentences(), entities, a.mentions(), a.roles(), a.events(), a.quotes());

        assertThatThrownBy(() -> writer.write(broken)).hasMessageContaining("null");

        assertThat(counts()).isEmpty();
        assertThat(writer.storedHash(story.a())).isEmpty();
    }

    @Test
    void aBrokenArticleInABatchFailsAloneAndTheOthersAreWrittenWhole() {
        writer.write(story.articleA());
        writer.write(story.articleB());
        var whole = counts();
        writer.remove(story.a());
        writer.remove(story.b());

        var a = story.articleA();
        var entities = new ArrayList<>(a.entities());
        entities.add(new ArticleGraph.EntityRow(null, "Nobody", "PERSON", List.of()));
        var broken = new ArticleGraph(withId(a, story.p() + "broken"), List.of(), entities, List.of(), List.of(),
                List.of(), List.of());

        var failures = writer.writeAll(List.of(story.articleA(), broken, story.articleB()));

        assertThat(failures).singleElement().satisfies(f -> {
            assertThat(f.article().article().id()).isEqualTo(story.p() + "broken");
            assertThat(f.error()).hasMessageContaining(story.p() + "broken");
        });
        assertThat(counts()).isEqualTo(whole);
    }

    @Test
    void rejectsAnEventOrAnEntityNoSentenceSupports() {
        var a = story.articleA();
        var unreported = new ArticleGraph(a.article(), a.sentences(), a.entities(), a.mentions(), a.roles(),
                List.of(new ArticleGraph.EventRow(story.p() + "ev-unreported", "2018-01-24", "DAY", "2018-01-24",
                        "2018-01-24", "EXPLICIT", "Nobody said so", "say", List.of(), List.of())), a.quotes());
        var entities = new ArrayList<>(a.entities());
        entities.add(new ArticleGraph.EntityRow(story.p() + "unnamed", "Unnamed", "PERSON", List.of()));
        var unmentioned = new ArticleGraph(a.article(), a.sentences(), entities, a.mentions(), a.roles(), a.events(),
                a.quotes());

        assertThatThrownBy(() -> writer.write(unreported)).hasMessageContaining("is reported in none of its sentences");
        assertThatThrownBy(() -> writer.write(unmentioned)).hasMessageContaining("is mentioned in none of its sentences");
        assertThat(counts()).isEmpty();
    }

    @Test
    void rejectsRowsPointingOutsideTheArticleBeforeWritingAnything() {
        var a = story.articleA();
        var dangling = new ArticleGraph(a.article(), a.sentences(), a.entities(),
                List.of(new ArticleGraph.MentionRow(story.p() + "stranger", a.sentences().get(0).id(), "Stranger")),
                List.of(), List.of(), List.of());

        assertThatThrownBy(() -> writer.write(dangling))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(story.p() + "stranger");
        assertThat(counts()).isEmpty();
    }

    private static org.storygraph.ingest.read.Article withHash(ArticleGraph graph, String hash) {
        var a = graph.article();
        return new org.storygraph.ingest.read.Article(a.id(), a.title(), a.outlet(), a.url(), a.published(),
                a.publishedFrom(), a.text(), hash, a.source());
    }

    private static org.storygraph.ingest.read.Article withId(ArticleGraph graph, String id) {
        var a = graph.article();
        return new org.storygraph.ingest.read.Article(id, a.title(), a.outlet(), a.url(), a.published(),
                a.publishedFrom(), a.text(), a.contentHash(), id + ".md");
    }

    /** Nodes per label and relationships per start label and type, of this test's ids only. */
    private Map<String, Long> counts() {
        var counts = new TreeMap<String, Long>();
        try (var session = driver.session()) {
            session.run("MATCH (n) WHERE n.id STARTS WITH $p RETURN labels(n)[0] AS key, count(*) AS n",
                    Map.of("p", story.p())).forEachRemaining(r -> counts.put(r.get("key").asString(), r.get("n").asLong()));
            session.run("""
                    MATCH (n)-[r]->(m) WHERE n.id STARTS WITH $p OR m.id STARTS WITH $p
                    RETURN labels(n)[0] + '-' + type(r) AS key, count(r) AS n""",
                    Map.of("p", story.p())).forEachRemaining(r -> counts.put(r.get("key").asString(), r.get("n").asLong()));
        }
        return counts;
    }

    private Value one(String query, String id) {
        try (var session = driver.session()) {
            return session.run(query, Map.of("id", id)).single().get(0);
        }
    }

    private List<String> strings(String query, String id) {
        try (var session = driver.session()) {
            return session.run(query, Map.of("id", id)).list(r -> r.get(0).asString());
        }
    }
}
