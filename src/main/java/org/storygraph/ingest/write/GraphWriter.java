package org.storygraph.ingest.write;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Component;
import org.storygraph.graph.Graph;
import org.storygraph.graph.GraphTransaction;
import org.storygraph.ingest.extracted.ArticleGraph;

/**
 * Stores articles' contributions to the graph, each replacing what the same article contributed before.
 *
 * <p>Each batch of articles is one write transaction, so the graph only ever holds whole articles: their previous
 * contribution is taken out (sentences, mentions, its
 * sentence ids in co-occurrences and roles, its share of participations and speakers), the new one is merged in,
 * and then every entity, event, quote and role either version touched is deleted if no sentence supports it any
 * more. What other articles support is left as it was, so loading articles in any order gives the same graph.
 */
@Component
public class GraphWriter {

    /** Articles per transaction in {@link #writeAll(List)}: enough that a transaction's cost is shared. */
    static final int BATCH_SIZE = 200;

    private final Graph graph;

    public GraphWriter(Graph graph) {
        this.graph = graph;
    }

    /** Writes one article in its own transaction; throws if it cannot be written. */
    public void write(ArticleGraph article) {
        writeTogether(List.of(article));
    }

    /**
     * Writes articles a batch per transaction, which is several times faster than one each. A batch that fails
     * is written again article by article, so one bad article fails alone: the result lists each failure with
     * its reason, and every other article is whole in the graph.
     */
    public List<WriteFailure> writeAll(List<ArticleGraph> articles) {
        return writeAll(articles, BATCH_SIZE);
    }

    /** As {@link #writeAll(List)}, at most {@code batchSize} articles per transaction. */
    public List<WriteFailure> writeAll(List<ArticleGraph> articles, int batchSize) {
        var failures = new ArrayList<WriteFailure>();
        for (List<ArticleGraph> batch : batches(articles, batchSize)) {
            try {
                writeTogether(batch);
            } catch (RuntimeException batchFailed) {
                for (ArticleGraph article : batch) {
                    try {
                        write(article);
                    } catch (RuntimeException e) {
                        failures.add(new WriteFailure(article, e));
                    }
                }
            }
        }
        return failures;
    }

    /** An article that could not be written, and why. */
    public record WriteFailure(ArticleGraph article, RuntimeException error) {
    }

    /** Batches of at most batchSize in which no article appears twice (two versions of one would collide). */
    private static List<List<ArticleGraph>> batches(List<ArticleGraph> articles, int batchSize) {
        var batches = new ArrayList<List<ArticleGraph>>();
        var batch = new ArrayList<ArticleGraph>();
        var ids = new HashSet<String>();
        for (ArticleGraph article : articles) {
            if (batch.size() == batchSize || !ids.add(article.article().id())) {
                batches.add(batch);
                batch = new ArrayList<>();
                ids.clear();
                ids.add(article.article().id());
            }
            batch.add(article);
        }
        if (!batch.isEmpty()) {
            batches.add(batch);
        }
        return batches;
    }

    private void writeTogether(List<ArticleGraph> articles) {
        var rows = ContributionRows.of(articles);
        var articleIds = articles.stream().map(a -> a.article().id()).toList();
        graph.inWriteTransaction(tx -> {
            var previous = removeContribution(tx, articleIds);
            writeContribution(tx, rows);
            // New articles only add: every node they write is supported by their own sentences (References checks
            // it), so only a replaced contribution can leave something to prune.
            if (!previous.isEmpty()) {
                prune(tx, previous.plus(rows));
            }
        });
    }

    /** Takes an article and everything only it supported out of the graph. */
    public void remove(String articleId) {
        graph.inWriteTransaction(tx -> {
            var previous = removeContribution(tx, List.of(articleId));
            tx.write("article-delete", Map.of("articleId", articleId));
            prune(tx, previous);
        });
    }

    /** The content hash of the article as last loaded, to skip articles that have not changed. */
    public Optional<String> storedHash(String articleId) {
        return graph.read("article-hash", Map.of("articleId", articleId), r -> r.get("hash").asString(null))
                .stream().findFirst();
    }

    public Map<String, String> storedHashes() {
        var hashes = new HashMap<String, String>();
        graph.read("article-hashes", Map.of(), r -> Map.entry(r.get("id").asString(), r.get("hash").asString(null)))
                .forEach(e -> hashes.put(e.getKey(), e.getValue()));
        return hashes;
    }

    private static Touched removeContribution(GraphTransaction tx, List<String> articleIds) {
        // A cheap look first: in a long load nearly every batch is new.
        if (tx.read("articles-stored", Map.of("articleIds", articleIds), r -> r.get("stored").asLong()).get(0) == 0) {
            return Touched.NOTHING;
        }
        var touched = tx.read("contribution-touched", Map.of("articleIds", articleIds), Touched::of).get(0);
        if (touched.isEmpty()) {
            return touched;
        }
        var params = Map.<String, Object>of(
                "articleIds", articleIds,
                "sentenceIds", List.copyOf(touched.sentenceIds()),
                "entityIds", List.copyOf(touched.entityIds()),
                "eventIds", List.copyOf(touched.eventIds()),
                "quoteIds", List.copyOf(touched.quoteIds()),
                "roleIds", List.copyOf(touched.roleIds()));
        // Order matters: co-occurrences and roles are found through the sentences deleted last.
        tx.write("contribution-remove-cooccurrences", params);
        tx.write("contribution-remove-roles", params);
        tx.write("contribution-remove-participations", params);
        tx.write("contribution-remove-speakers", params);
        tx.write("contribution-remove-sentences", params);
        return touched;
    }

    private static void writeContribution(GraphTransaction tx, ContributionRows rows) {
        tx.write("article-merge", rows(rows.articles()));
        tx.write("sentences-merge", rows(rows.sentences()));
        tx.write("entities-merge", rows(rows.entities()));
        tx.write("mentions-create", rows(rows.mentions()));
        tx.write("article-mentions-create", rows(rows.articleMentions()));
        tx.write("cooccurrences-merge", rows(rows.cooccurrences()));
        tx.write("roles-merge", rows(rows.roles()));
        tx.write("events-merge", rows(rows.events()));
        tx.write("participations-merge", rows(rows.participants()));
        tx.write("event-reports-create", rows(rows.eventReports()));
        tx.write("quotes-merge", rows(rows.quotes()));
        tx.write("speakers-merge", rows(rows.speakers()));
        tx.write("quote-sources-create", rows(rows.quoteSources()));
    }

    /**
     * Deletes what nothing supports any more, and recounts the aliases and totals of the entities touched
     * (new articles only add to them, in article-mentions-create).
     */
    private static void prune(GraphTransaction tx, Touched touched) {
        var params = Map.<String, Object>of(
                "entityIds", List.copyOf(touched.entityIds()),
                "eventIds", List.copyOf(touched.eventIds()),
                "quoteIds", List.copyOf(touched.quoteIds()),
                "roleIds", List.copyOf(touched.roleIds()));
        // Entities first: deleting one can leave a role without its person.
        tx.write("prune-entities", params);
        tx.write("prune-roles", params);
        tx.write("prune-events", params);
        tx.write("prune-quotes", params);
        tx.write("entity-recount", params);
    }

    private static Map<String, Object> rows(List<Map<String, Object>> rows) {
        return Map.of("rows", rows);
    }

    /** What an article's previous contribution touched, read before it is removed. */
    private record Touched(Set<String> sentenceIds, Set<String> entityIds, Set<String> eventIds,
                           Set<String> quoteIds, Set<String> roleIds) {

        static Touched of(Record r) {
            return new Touched(set(r, "sentenceIds"), set(r, "entityIds"), set(r, "eventIds"),
                    set(r, "quoteIds"), set(r, "roleIds"));
        }

        private static Set<String> set(Record r, String key) {
            return new HashSet<>(r.get(key).asList(v -> v.asString()));
        }

        static final Touched NOTHING = new Touched(Set.of(), Set.of(), Set.of(), Set.of(), Set.of());

        boolean isEmpty() {
            return sentenceIds.isEmpty() && entityIds.isEmpty() && eventIds.isEmpty() && quoteIds.isEmpty()
                    && roleIds.isEmpty();
        }

        Touched plus(ContributionRows rows) {
            return new Touched(sentenceIds, union(entityIds, rows.entityIds()), union(eventIds, rows.eventIds()),
                    union(quoteIds, rows.quoteIds()), union(roleIds, rows.roleIds()));
        }

        private static Set<String> union(Set<String> a, Set<String> b) {
            var union = new HashSet<>(a);
            union.addAll(b);
            return union;
        }
    }
}
