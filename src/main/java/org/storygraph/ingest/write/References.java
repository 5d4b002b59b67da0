package org.storygraph.ingest.write;

import java.util.HashSet;
import java.util.Set;
import org.storygraph.ingest.extracted.ArticleGraph;

/**
 * Checks that every id an article's rows point at is one of its own sentences or entities. A dangling id would
 * otherwise be dropped silently by the MATCH that joins it, and a sentence id of another article would take
 * over that article's sentence. Checks too that every entity, event and quote it writes is supported by one of
 * its sentences, so a new article never leaves anything for the writer to prune.
 */
final class References {

    private References() {
    }

    static void check(ArticleGraph graph) {
        String articleId = graph.article().id();
        if (articleId == null || articleId.isBlank()) {
            throw new IllegalArgumentException("An article needs an id");
        }
        var sentences = new HashSet<String>();
        for (var s : graph.sentences()) {
            if (s.id() == null || !s.id().startsWith(articleId + "#")) {
                throw bad(articleId, "sentence id " + s.id() + " does not start with " + articleId + "#");
            }
            sentences.add(s.id());
        }
        var entities = new HashSet<String>();
        graph.entities().forEach(e -> entities.add(e.id()));
        var mentioned = new HashSet<String>();
        for (var m : graph.mentions()) {
            require(entities, m.entityId(), articleId, "mention");
            require(sentences, m.sentenceId(), articleId, "mention");
            mentioned.add(m.entityId());
        }
        for (var r : graph.roles()) {
            // Roles are found again through their person's mentions when the article is replaced.
            require(mentioned, r.personId(), articleId, "role " + r.id() + " (its person must be mentioned)");
            if (r.atEntityId() != null) {
                require(entities, r.atEntityId(), articleId, "role " + r.id());
            }
            require(sentences, r.sentenceId(), articleId, "role " + r.id());
        }
        for (var e : graph.entities()) {
            if (!mentioned.contains(e.id())) {
                throw bad(articleId, "entity " + e.id() + " is mentioned in none of its sentences");
            }
        }
        for (var e : graph.events()) {
            if (e.mentions().isEmpty()) {
                throw bad(articleId, "event " + e.id() + " is reported in none of its sentences");
            }
            e.participants().forEach(p -> require(entities, p.entityId(), articleId, "event " + e.id()));
            e.mentions().forEach(m -> require(sentences, m.sentenceId(), articleId, "event " + e.id()));
        }
        for (var q : graph.quotes()) {
            if (q.sentenceIds().isEmpty()) {
                throw bad(articleId, "quote " + q.id() + " is in none of its sentences");
            }
            if (q.speakerId() != null) {
                require(entities, q.speakerId(), articleId, "quote " + q.id());
            }
            q.sentenceIds().forEach(s -> require(sentences, s, articleId, "quote " + q.id()));
        }
    }

    private static void require(Set<String> known, String id, String articleId, String where) {
        if (id == null || !known.contains(id)) {
            throw bad(articleId, where + " refers to " + id + ", which is not among the article's own rows");
        }
    }

    private static IllegalArgumentException bad(String articleId, String message) {
        return new IllegalArgumentException("Article " + articleId + ": " + message);
    }
}
