package org.storygraph.ingest.write;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.storygraph.ingest.extracted.ArticleGraph;
import org.storygraph.ingest.read.Article;

/**
 * The parameter rows of some articles' contribution, one list per {@code UNWIND $rows} query, derived from their
 * {@link ArticleGraph}s: mention counts, alias sets, co-occurring pairs and role sentences are computed here so
 * the Cypher only merges. Rows that belong to one article carry its {@code articleId}, so the rows of several
 * articles can go to the database in one query.
 */
public record ContributionRows(
        List<Map<String, Object>> articles,
        List<Map<String, Object>> sentences,
        List<Map<String, Object>> entities,
        List<Map<String, Object>> mentions,
        List<Map<String, Object>> articleMentions,
        List<Map<String, Object>> cooccurrences,
        List<Map<String, Object>> roles,
        List<Map<String, Object>> events,
        List<Map<String, Object>> participants,
        List<Map<String, Object>> eventReports,
        List<Map<String, Object>> quotes,
        List<Map<String, Object>> speakers,
        List<Map<String, Object>> quoteSources,
        Set<String> entityIds,
        Set<String> eventIds,
        Set<String> quoteIds,
        Set<String> roleIds) {

    /** The rows of several articles, each list the concatenation of theirs. */
    public static ContributionRows of(List<ArticleGraph> graphs) {
        var each = graphs.stream().map(ContributionRows::of).toList();
        return new ContributionRows(concat(each, ContributionRows::articles), concat(each, ContributionRows::sentences),
                concat(each, ContributionRows::entities), concat(each, ContributionRows::mentions),
                concat(each, ContributionRows::articleMentions), concat(each, ContributionRows::cooccurrences),
                concat(each, ContributionRows::roles), concat(each, ContributionRows::events),
                concat(each, ContributionRows::participants), concat(each, ContributionRows::eventReports),
                concat(each, ContributionRows::quotes), concat(each, ContributionRows::speakers),
                concat(each, ContributionRows::quoteSources), union(each, ContributionRows::entityIds),
                union(each, ContributionRows::eventIds), union(each, ContributionRows::quoteIds),
                union(each, ContributionRows::roleIds));
    }

    static ContributionRows of(ArticleGraph graph) {
        References.check(graph);
        Article a = graph.article();
        String articleId = a.id();
        var article = row("id", a.id(), "title", a.title(), "outlet", a.outlet(), "url", a.url(),
                "published", a.published(), "publishedFrom", a.publishedFrom() == null ? null : a.publishedFrom().name(),
                "contentHash", a.contentHash(), "source", a.source());

        var sentences = graph.sentences().stream()
                .map(s -> row("articleId", articleId, "id", s.id(), "index", s.index(), "text", s.text(), "begin", s.begin(), "end", s.end(),
                        "paragraph", s.paragraph()))
                .toList();
        var entities = graph.entities().stream()
                .map(e -> row("id", e.id(), "name", e.name(), "type", e.type()))
                .toList();
        var mentions = graph.mentions().stream()
                .map(m -> row("entityId", m.entityId(), "sentenceId", m.sentenceId(), "form", m.form()))
                .toList();

        // Per entity: how often this article mentions it and every form it goes by here.
        var counts = new TreeMap<String, Integer>();
        var aliases = new TreeMap<String, TreeSet<String>>();
        for (var m : graph.mentions()) {
            counts.merge(m.entityId(), 1, Integer::sum);
            addAlias(aliases, m.entityId(), m.form());
        }
        for (var e : graph.entities()) {
            if (e.id() != null && counts.containsKey(e.id()) && e.aliases() != null) {
                e.aliases().forEach(alias -> addAlias(aliases, e.id(), alias));
            }
        }
        var articleMentions = counts.entrySet().stream()
                .map(c -> row("articleId", articleId, "entityId", c.getKey(), "count", c.getValue(),
                        "aliases", List.copyOf(aliases.getOrDefault(c.getKey(), new TreeSet<>()))))
                .toList();

        // Each unordered pair once, lower id first, so both directions of a pair meet on one relationship.
        var entitiesBySentence = new TreeMap<String, TreeSet<String>>();
        graph.mentions().forEach(m -> entitiesBySentence.computeIfAbsent(m.sentenceId(), k -> new TreeSet<>()).add(m.entityId()));
        var pairs = new TreeMap<List<String>, TreeSet<String>>((x, y) -> x.get(0).equals(y.get(0))
                ? x.get(1).compareTo(y.get(1)) : x.get(0).compareTo(y.get(0)));
        entitiesBySentence.forEach((sentenceId, ids) -> {
            var sorted = List.copyOf(ids);
            for (int i = 0; i < sorted.size(); i++) {
                for (int j = i + 1; j < sorted.size(); j++) {
                    pairs.computeIfAbsent(List.of(sorted.get(i), sorted.get(j)), k -> new TreeSet<>()).add(sentenceId);
                }
            }
        });
        var cooccurrences = pairs.entrySet().stream()
                .map(p -> row("a", p.getKey().get(0), "b", p.getKey().get(1), "sentences", p.getValue().size()))
                .toList();

        // A role stated in several sentences is one row carrying all of them.
        var roleRows = new LinkedHashMap<String, Map<String, Object>>();
        var roleSentences = new LinkedHashMap<String, TreeSet<String>>();
        for (var r : graph.roles()) {
            roleRows.put(r.id(), row("id", r.id(), "personId", r.personId(), "title", r.title(), "atEntityId", r.atEntityId()));
            roleSentences.computeIfAbsent(r.id(), k -> new TreeSet<>()).add(r.sentenceId());
        }
        var roles = roleRows.entrySet().stream()
                .map(r -> {
                    var withSentences = new LinkedHashMap<>(r.getValue());
                    withSentences.put("sentences", List.copyOf(roleSentences.get(r.getKey())));
                    return (Map<String, Object>) withSentences;
                })
                .toList();

        var events = new ArrayList<Map<String, Object>>();
        var participants = new ArrayList<Map<String, Object>>();
        var eventReports = new ArrayList<Map<String, Object>>();
        for (var e : graph.events()) {
            events.add(row("id", e.id(), "date", e.date(), "precision", e.precision(), "start", e.start(), "end", e.end(),
                    "dateBasis", e.basis(), "title", e.title(), "actionKey", e.actionKey()));
            e.participants().forEach(p -> participants.add(row("articleId", articleId, "eventId", e.id(), "entityId", p.entityId(), "role", p.role())));
            e.mentions().forEach(m -> eventReports.add(row("eventId", e.id(), "sentenceId", m.sentenceId(),
                    "trigger", m.trigger(), "triggerToken", m.triggerToken(),
                    "triggerBegin", m.triggerBegin(), "triggerEnd", m.triggerEnd())));
        }

        var quotes = new ArrayList<Map<String, Object>>();
        var speakers = new ArrayList<Map<String, Object>>();
        var quoteSources = new ArrayList<Map<String, Object>>();
        for (var q : graph.quotes()) {
            quotes.add(row("id", q.id(), "text", q.text(), "date", q.date()));
            if (q.speakerId() != null) {
                speakers.add(row("articleId", articleId, "quoteId", q.id(), "entityId", q.speakerId()));
            }
            q.sentenceIds().forEach(s -> quoteSources.add(row("quoteId", q.id(), "sentenceId", s)));
        }

        return new ContributionRows(List.of(article), sentences, entities, mentions, articleMentions, cooccurrences, roles,
                events, participants, eventReports, quotes, speakers, quoteSources,
                ids(graph.entities().stream().map(ArticleGraph.EntityRow::id).toList()),
                ids(graph.events().stream().map(ArticleGraph.EventRow::id).toList()),
                ids(graph.quotes().stream().map(ArticleGraph.QuoteRow::id).toList()),
                ids(roleRows.keySet()));
    }

    private static List<Map<String, Object>> concat(List<ContributionRows> each,
                                                    Function<ContributionRows, List<Map<String, Object>>> rows) {
        return each.stream().flatMap(r -> rows.apply(r).stream()).toList();
    }

    private static Set<String> union(List<ContributionRows> each, Function<ContributionRows, Set<String>> ids) {
        var union = new HashSet<String>();
        each.forEach(r -> union.addAll(ids.apply(r)));
        return union;
    }

    private static void addAlias(Map<String, TreeSet<String>> aliases, String entityId, String alias) {
        if (alias != null && !alias.isBlank()) {
            aliases.computeIfAbsent(entityId, k -> new TreeSet<>()).add(alias);
        }
    }

    private static Set<String> ids(Iterable<String> ids) {
        var set = new HashSet<String>();
        ids.forEach(id -> {
            if (id != null) {
                set.add(id);
            }
        });
        return set;
    }

    /** A parameter map that, unlike {@link Map#of}, accepts null values: Neo4j stores them as absent properties. */
    private static Map<String, Object> row(Object... keysAndValues) {
        var row = new LinkedHashMap<String, Object>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            row.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return row;
    }
}
