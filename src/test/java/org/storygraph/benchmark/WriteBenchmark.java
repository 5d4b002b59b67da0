package org.storygraph.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.storygraph.generate.SyntheticCorpus;
import org.storygraph.graph.CypherFiles;
import org.storygraph.graph.GraphSchema;
import org.storygraph.ingest.extracted.ArticleGraph;
import org.storygraph.ingest.write.ContributionRows;
import org.storygraph.ingest.write.GraphWriter;
import org.storygraph.system.EmbeddedNeo4j;

/**
 * Write throughput of the loader's write path ({@link GraphWriter#writeAll}: whole articles per transaction,
 * replacing an article's previous contribution, pruning, aliases) against a plain batched {@code UNWIND ... MERGE}
 * of the same rows through the Driver ({@code cypher/benchmark/plain-*.cypher}, 1,000 articles' rows per
 * transaction, no bookkeeping), each into a fresh embedded Neo4j, in one run. Both must produce the same number
 * of nodes and relationships. Arguments: events (default 100,000), seed (default 1), the loader's articles per
 * transaction (default 200, as storygraph.loader.write-batch).
 */
public final class WriteBenchmark {

    private static final int PLAIN_BATCH = 1000;

    record Run(String name, double seconds, long nodes, long relationships) {
        double perSecond() {
            return (nodes + relationships) / seconds;
        }
    }

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
        // the loader's default, storygraph.loader.write-batch
        int loaderBatch = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        var corpus = new SyntheticCorpus(events, Math.max(2, events / 10), seed);
        var articles = new ArrayList<ArticleGraph>();
        corpus.articles(articles::add);
        var cypher = new CypherFiles();
        System.out.printf("Write benchmark: %d events, %d entities, %d articles (seed %d), %s, %d cores%n",
                events, Math.max(2, events / 10), articles.size(), seed, Runtime.version(),
                Runtime.getRuntime().availableProcessors());

        // Both once on a slice first, so neither pays alone for the JIT and Neo4j's query planning.
        var warmUp = articles.subList(0, Math.min(articles.size(), PLAIN_BATCH));
        measure("warm-up, plain", cypher, driver -> writePlain(driver, cypher, warmUp));
        measure("warm-up, loader", cypher, driver -> writeLoader(driver, cypher, warmUp, loaderBatch));
        Run plain = measure("plain UNWIND/MERGE batches", cypher, driver -> writePlain(driver, cypher, articles));
        Run loader = measure("loader write path, " + loaderBatch + " a batch", cypher,
                driver -> writeLoader(driver, cypher, articles, loaderBatch));

        System.out.printf("%n%-28s %10s %12s %14s %16s%n", "", "seconds", "nodes", "relationships", "nodes+rels/s");
        for (Run run : List.of(plain, loader)) {
            System.out.printf("%-28s %10.1f %12d %14d %16.0f%n", run.name(), run.seconds(), run.nodes(),
                    run.relationships(), run.perSecond());
        }
        double ratio = loader.perSecond() / plain.perSecond();
        System.out.printf("ratio loader / plain: %.2f (target: at least 0.80) %s%n", ratio, ratio >= 0.8 ? "MET" : "NOT MET");
        if (plain.nodes() != loader.nodes() || plain.relationships() != loader.relationships()) {
            System.out.println("WARNING: the two wrote graphs of different sizes");
        }
    }

    private static void writePlain(Driver driver, CypherFiles cypher, List<ArticleGraph> articles) {
        for (int from = 0; from < articles.size(); from += PLAIN_BATCH) {
            var rows = rowsByKind(ContributionRows.of(articles.subList(from, Math.min(articles.size(), from + PLAIN_BATCH))));
            try (var session = driver.session()) {
                session.executeWriteWithoutResult(tx -> rows.forEach((kind, list) -> tx.run(
                        cypher.file("benchmark/plain-" + kind + ".cypher"), Map.of("rows", list)).consume()));
            }
        }
    }

    private static void writeLoader(Driver driver, CypherFiles cypher, List<ArticleGraph> articles, int batch) {
        var failures = new GraphWriter(Benchmarks.graph(driver, cypher)).writeAll(articles, batch);
        if (!failures.isEmpty()) {
            throw new IllegalStateException(failures.size() + " articles failed, first: " + failures.get(0).error());
        }
    }

    /** The rows by the name of their plain-batch query, in the order the queries must run. */
    private static Map<String, List<Map<String, Object>>> rowsByKind(ContributionRows rows) {
        var byKind = new LinkedHashMap<String, List<Map<String, Object>>>();
        byKind.put("articles", rows.articles());
        byKind.put("sentences", rows.sentences());
        byKind.put("entities", rows.entities());
        byKind.put("mentions", rows.mentions());
        byKind.put("articleMentions", rows.articleMentions());
        byKind.put("cooccurrences", rows.cooccurrences());
        byKind.put("roles", rows.roles());
        byKind.put("events", rows.events());
        byKind.put("participants", rows.participants());
        byKind.put("eventReports", rows.eventReports());
        byKind.put("quotes", rows.quotes());
        byKind.put("speakers", rows.speakers());
        byKind.put("quoteSources", rows.quoteSources());
        return byKind;
    }

    /** Times {@code work} against a fresh embedded Neo4j with the app's schema, then counts what it wrote. */
    private static Run measure(String name, CypherFiles cypher, Consumer<Driver> work) throws Exception {
        Path store = Files.createTempDirectory("storygraph-write-benchmark-");
        try (var neo4j = EmbeddedNeo4j.start(store, 0);
             var driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
            new GraphSchema(driver, cypher).apply();
            System.out.println("Running: " + name);
            long started = System.nanoTime();
            work.accept(driver);
            double seconds = (System.nanoTime() - started) / 1e9;
            try (var session = driver.session()) {
                var size = session.run(cypher.file("benchmark/graph-size.cypher")).single();
                return new Run(name, seconds, size.get("nodes").asLong(), size.get("relationships").asLong());
            }
        } finally {
            Benchmarks.deleteRecursively(store);
        }
    }
}
