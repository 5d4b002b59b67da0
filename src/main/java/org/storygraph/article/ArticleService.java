package org.storygraph.article;

import java.util.List;
import java.util.Map;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Service;
import org.storygraph.graph.Graph;
import org.storygraph.web.NotFound;

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

    ArticleDetail get(String id) {
        return graph.read("article-detail", Map.of("id", id), r -> new ArticleDetail(
                        r.get("id").asString(),
                        r.get("title").asString(null),
                        r.get("outlet").asString(null),
                        r.get("url").asString(null),
                        r.get("published").isNull() ? null : r.get("published").asLocalDate(),
                        r.get("publishedFrom").asString(null),
                        r.get("sentences").asList(ArticleService::sentence)))
                .stream().findFirst()
                .orElseThrow(() -> new NotFound("article", id));
    }

    private static ArticleDetail.Sentence sentence(Value v) {
        return new ArticleDetail.Sentence(v.get("index").asInt(),
                v.get("paragraph").isNull() ? null : v.get("paragraph").asInt(),
                v.get("text").asString(),
                v.get("mentions").asList(m -> new ArticleDetail.Mention(m.get("form").asString(null),
                        m.get("entityId").asString(), m.get("name").asString(null), m.get("type").asString(null))),
                v.get("events").asList(e -> new ArticleDetail.EventReport(e.get("id").asString(),
                        e.get("title").asString(null), e.get("date").asString(null), e.get("trigger").asString(null))),
                v.get("quotes").asList(q -> new ArticleDetail.Quotation(q.get("id").asString(),
                        q.get("text").asString(null), q.get("speakerId").asString(null),
                        q.get("speakerName").asString(null))));
    }
}
