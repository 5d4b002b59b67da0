package org.storygraph.benchmark;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.summary.ProfiledPlan;
import org.storygraph.generate.SyntheticCorpus;
import org.storygraph.graph.CypherFiles;
import org.storygraph.graph.GraphSchema;
import org.storygraph.ingest.extracted.ArticleGraph;
import org.storygraph.ingest.write.GraphWriter;
import org.storygraph.system.EmbeddedNeo4j;

/**
 * PROFILE of the API's hot read queries on a synthetic corpus (default 10,000 events): each plan as a tree of
 * operators with rows and database hits, so it shows which indexes a query uses. Argument: events.
 */
public final class QueryPlans {

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        var store = Files.createTempDirectory("storygraph-plans-");
        var cypher = new CypherFiles();
        try (var neo4j = EmbeddedNeo4j.start(store, 0);
             var driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
            new GraphSchema(driver, cypher).apply();
            var articles = new ArrayList<ArticleGraph>();
            new SyntheticCorpus(events, Math.max(2, events / 10), 1).articles(articles::add);
            new GraphWriter(Benchmarks.graph(driver, cypher)).writeAll(articles);
            var samples = Samples.draw(driver, cypher, 1, new Random(42));

            var timeline = ReadBenchmark.eventParams(samples, 0);
            var window = new HashMap<>(timeline);
            window.put("entityIds", List.of());
            var neighboursInYear = ReadBenchmark.neighbourParams(samples.entity(0));
            neighboursInYear.put("from", timeline.get("from"));
            neighboursInYear.put("to", timeline.get("to"));
            List<String> ids;
            try (var session = driver.session()) {
                ids = session.run(cypher.query("events-of-entities"), timeline).list(r -> r.get("id").asString());
            }

            System.out.printf("Query plans on %d synthetic events%n", events);
            for (var query : List.of(
                    Map.entry("events-of-entities (one entity, a year)", Map.entry("events-of-entities", timeline)),
                    Map.entry("events-by-ids (that entity's events)", Map.entry("events-by-ids", Map.<String, Object>of("ids", ids, "sentences", true))),
                    Map.entry("events-in-window (a year, no entity)", Map.entry("events-in-window", window)),
                    Map.entry("graph-entity-neighbours", Map.entry("graph-entity-neighbours",
                            ReadBenchmark.neighbourParams(samples.entity(0)))),
                    Map.entry("graph-entity-neighbours (articles of a year)", Map.entry("graph-entity-neighbours",
                            neighboursInYear)),
                    Map.entry("entities-search", Map.entry("entities-search", ReadBenchmark.searchParams(samples.prefix(0)))))) {
                try (var session = driver.session()) {
                    var summary = session.run("PROFILE " + cypher.query(query.getValue().getKey()),
                            query.getValue().getValue()).consume();
                    System.out.printf("%n== %s: %d db hits, %d ms%n", query.getKey(), totalHits(summary.profile()),
                            summary.resultAvailableAfter(java.util.concurrent.TimeUnit.MILLISECONDS)
                                    + summary.resultConsumedAfter(java.util.concurrent.TimeUnit.MILLISECONDS));
                    print(summary.profile(), 0);
                }
            }
        } finally {
            Benchmarks.deleteRecursively(store);
        }
    }

    private static void print(ProfiledPlan plan, int depth) {
        var details = plan.arguments().get("Details");
        System.out.printf("%s%s %s rows=%d hits=%d%n", "  ".repeat(depth), plan.operatorType().replace("@neo4j", ""),
                details == null ? "" : details.asString(), plan.records(), plan.dbHits());
        plan.children().forEach(child -> print(child, depth + 1));
    }

    private static long totalHits(ProfiledPlan plan) {
        return plan.dbHits() + plan.children().stream().mapToLong(QueryPlans::totalHits).sum();
    }
}
