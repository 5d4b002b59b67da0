package org.storygraph.ingest.write;

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
 * Stores one article's contribution to the graph, replacing what the same article contributed before.
 *
 * <p>Each article is one write transaction: its previous contribution is taken out (sentences, mentions, its
 * sentence ids in co-occurrences and roles, its share of participations and speakers), the new one is merged in,
 * and then every entity, event, quote and role either version touched is deleted if no sentence supports it any
 * more. What other articles support is left as it was, so loading articles in any order gives the same graph.
 */
@Component
public class GraphWriter {

    private final Graph graph;

    public GraphWriter(Graph graph) {
        this.graph = graph;
    }

    public void write(ArticleGraph article) {
        var rows = ContributionRows.of(article);
        String articleId = article.article().id();
        graph.inWriteTransaction(tx -> {
            var previous = removeContribution(tx, articleId);
            writeContribution(tx, articleId, rows);
            prune(tx, previous.plus(rows));
        });
    }

    /** Each article in its own transaction: a failing article stops the batch, the ones before it stay loaded. */
    public void writeAll(List<ArticleGraph> articles) {
        articles.forEach(this::write);
    }

    /** Takes an article and everything only it supported out of the graph. */
    public void remove(String articleId) {
        graph.inWriteTransaction(tx -> {
            var previous = removeContribution(tx, articleId);
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

    private static Touched removeContribution(GraphTransaction tx, String articleId) {
        var touched = tx.read("contribution-touched", Map.of("articleId", articleId), Touched::of).get(0);
        var params = Map.<String, Object>of(
                "articleId", articleId,
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

    private static void writeContribution(GraphTransaction tx, String articleId, ContributionRows rows) {
        tx.write("article-merge", rows.article());
        tx.write("sentences-merge", rows(articleId, rows.sentences()));
        tx.write("entities-merge", rows(articleId, rows.entities()));
        tx.write("mentions-create", rows(articleId, rows.mentions()));
        tx.write("article-mentions-create", rows(articleId, rows.articleMentions()));
        tx.write("cooccurrences-merge", rows(articleId, rows.cooccurrences()));
        tx.write("roles-merge", rows(articleId, rows.roles()));
        tx.write("events-merge", rows(articleId, rows.events()));
        tx.write("participations-merge", rows(articleId, rows.participants()));
        tx.write("event-reports-create", rows(articleId, rows.eventReports()));
        tx.write("quotes-merge", rows(articleId, rows.quotes()));
        tx.write("speakers-merge", rows(articleId, rows.speakers()));
        tx.write("quote-sources-create", rows(articleId, rows.quoteSources()));
    }

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
        tx.write("entity-aliases-recompute", params);
    }

    private static Map<String, Object> rows(String articleId, List<Map<String, Object>> rows) {
        return Map.of("articleId", articleId, "rows", rows);
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
