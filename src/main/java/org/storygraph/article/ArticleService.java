package org.storygraph.article;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.storygraph.graph.Graph;

@Service
class ArticleService {

    private final Graph graph;

    ArticleService(Graph graph) {
        this.graph = graph;
    }

    /** Every loaded article, oldest first; undated ones last. */
    List<ArticleSummary> list() {
        return graph.read("articles-list", Map.of(), r -> new ArticleSummary(
                r.get("id").asString(),
                r.get("title").asString(null),
                r.get("outlet").asString(null),
                r.get("url").asString(null),
                r.get("published").isNull() ? null : r.get("published").asLocalDate()));
    }
}
