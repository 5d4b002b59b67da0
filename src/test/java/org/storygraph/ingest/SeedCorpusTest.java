package org.storygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.beans.factory.annotation.Autowired;
import org.storygraph.IntegrationTest;

/**
 * Expectations from a careful reading of the five seed articles, checked against the real pipeline
 * (CoreNLP) and the real embedded database. No name, alias or date below is known to the loader.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedCorpusTest extends IntegrationTest {

    @Autowired
    LoadService loader;

    @Autowired
    Driver driver;

    private LoadReport firstLoad;

    /** The expectations are about the seed corpus alone: other test classes' fixtures (some reuse these names) go first. */
    @BeforeAll
    void loadSeeds() {
        try (var session = driver.session()) {
            session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume();
        }
        firstLoad = loader.load(List.of(Path.of("seed")), LoadProgress.SILENT);
    }

    @Test
    void everySeedArticleLoads() {
        assertThat(firstLoad.failures()).isEmpty();
        assertThat(firstLoad.articlesRead()).isEqualTo(5);
        assertThat(single("MATCH (a:Article) WHERE a.id STARTS WITH '00' RETURN count(a) AS n").get("n").asLong()).isEqualTo(5);
    }

    @Test
    void spellingsOfOneEntityResolveToOneNode() {
        assertThat(aliasesOfEntityNamed("Hancock")).contains("Michael Hancock", "Hancock", "Michael B. Hancock");
        assertThat(aliasesOfEntityNamed("DOJ"))
                .contains("DOJ", "Justice Department", "Department of Justice", "Dept. of Justice");
        assertThat(aliasesOfEntityNamed("ICE"))
                .contains("ICE", "Immigration and Customs Enforcement", "U.S. Immigration and Customs Enforcement");
        assertThat(aliasesOfEntityNamed("Sessions")).contains("Jeff Sessions", "Sessions");
    }

    @Test
    void distinctEntitiesStayApart() {
        assertThat(entityIdOf("Paul Lopez")).isNotEqualTo(entityIdOf("Paul Kashmann"));
        assertThat(List.of(entityIdOf("Denver"), entityIdOf("Denver Police Department"), entityIdOf("Denver Sheriff's Department")))
                .doesNotHaveDuplicates();
        assertThat(entityIdOf("Jeff Sessions")).isNotEqualTo(entityIdOf("Phil Weiser"));
    }

    @Test
    void lawsAndProgramsAreEntitiesToo() {
        assertThat(typeOf("Section 1373")).isEqualTo("LAW");
        assertThat(typeOf("Byrne JAG")).isEqualTo("PROGRAM");
    }

    @Test
    void titlesBecomeRolesWithThePlaceTheyBelongTo() {
        var roles = driver.session().run("""
                MATCH (p:Entity)-[:HAS_ROLE]->(r:Role) OPTIONAL MATCH (r)-[:AT]->(at:Entity)
                RETURN p.name + ' | ' + r.title + ' | ' + coalesce(at.name, '-') AS role""").list(r -> r.get("role").asString());
        assertThat(roles).contains("Michael Hancock | Mayor | Denver", "Kristin Bronson | City Attorney | Denver");
        assertThat(roles).anyMatch(r -> r.startsWith("Jeff Sessions | Attorney General"));
        assertThat(roles).noneMatch(r -> r.startsWith("Denver Mayor"));
    }

    @Test
    void eventsCarryTheirDatesWithHonestPrecision() {
        var dates = driver.session().run("MATCH (e:Event) RETURN e.date + ' ' + e.precision AS d").list(r -> r.get("d").asString());
        assertThat(dates).contains("2017-04 MONTH", "2017-08 MONTH", "2018-01-24 DAY", "2019-03-12 DAY",
                "2019-04-11 DAY", "2019-04-12 DAY");
        assertThat(dates).noneMatch(d -> d.startsWith("1373"));
    }

    @Test
    void theLettersOfJanuary24AreOneEventReportedByAllFiveArticles() {
        var letters = single("""
                MATCH (e:Event {date: '2018-01-24'})-[:REPORTED_IN]->(s:Sentence)-[:IN]->(a:Article)
                WHERE (:Entity {name: 'Jeff Sessions'})-[:PARTICIPATES_IN]->(e)
                RETURN e.id AS id, count(DISTINCT a) AS articles""");
        assertThat(letters.get("articles").asLong()).isEqualTo(5);
    }

    @Test
    void hancocksStatementIsOneQuoteWithEverySource() {
        var statement = single("""
                MATCH (h:Entity {name: 'Michael Hancock'})-[:SAID]->(q:Quote)-[:QUOTED_IN]->(:Sentence)-[:IN]->(a:Article)
                WHERE toLower(q.text) CONTAINS 'destructive ploy'
                RETURN count(DISTINCT q) AS quotes, count(DISTINCT a) AS articles""");
        assertThat(statement.get("quotes").asLong()).isEqualTo(1);
        assertThat(statement.get("articles").asLong()).isEqualTo(5);
    }

    @Test
    void quotesAreCreditedToTheirSpeakers() {
        var speakers = driver.session().run("""
                MATCH (s:Entity)-[:SAID]->(q:Quote)
                RETURN s.name + ': ' + left(q.text, 30) AS said""").list(r -> r.get("said").asString());
        assertThat(speakers).anyMatch(s -> s.startsWith("Paul Kashmann: Our immigrants are our own"));
        assertThat(speakers).anyMatch(s -> s.startsWith("Doug Lamborn: I commend the Department"));
        assertThat(speakers).anyMatch(s -> s.startsWith("Kristin Bronson: We don't believe that this"));
        assertThat(speakers).anyMatch(s -> s.startsWith("Michael Hancock: Denver doesn"));
    }

    @Test
    void everyEventAndQuoteTracesBackToSentences() {
        assertThat(single("MATCH (e:Event) WHERE NOT (e)-[:REPORTED_IN]->(:Sentence) RETURN count(e) AS n").get("n").asLong()).isZero();
        assertThat(single("MATCH (q:Quote) WHERE NOT (q)-[:QUOTED_IN]->(:Sentence) RETURN count(q) AS n").get("n").asLong()).isZero();
    }

    @Test
    void loadingTheSameFilesAgainChangesNothing() {
        Map<String, Object> before = graphCounts();
        LoadReport again = loader.load(List.of(Path.of("seed")), LoadProgress.SILENT);
        assertThat(again.articlesWritten()).isZero();
        assertThat(again.articlesUnchanged()).isEqualTo(5);
        assertThat(graphCounts()).isEqualTo(before);
    }

    private Map<String, Object> graphCounts() {
        return single("""
                MATCH (n) WITH count(n) AS nodes
                MATCH ()-[r]->() RETURN nodes, count(r) AS relationships""").asMap();
    }

    private List<String> aliasesOfEntityNamed(String alias) {
        return single("MATCH (e:Entity) WHERE $alias IN e.aliases RETURN e.aliases AS aliases", Map.of("alias", alias))
                .get("aliases").asList(v -> v.asString());
    }

    private String entityIdOf(String name) {
        return single("MATCH (e:Entity) WHERE e.name = $name OR $name IN e.aliases RETURN e.id AS id", Map.of("name", name))
                .get("id").asString();
    }

    private String typeOf(String name) {
        return single("MATCH (e:Entity {name: $name}) RETURN e.type AS type", Map.of("name", name)).get("type").asString();
    }

    private Record single(String query) {
        return single(query, Map.of());
    }

    private Record single(String query, Map<String, Object> params) {
        try (var session = driver.session()) {
            return session.run(query, params).single();
        }
    }
}
