package org.storygraph.quote;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Service;
import org.storygraph.graph.Graph;
import org.storygraph.web.NotFound;

@Service
class QuoteService {

    private final Graph graph;

    QuoteService(Graph graph) {
        this.graph = graph;
    }

    /** Every quote, or only those credited to {@code speakerId}, oldest first. */
    List<QuoteView> list(String speakerId) {
        if (speakerId != null && !entityExists(speakerId)) {
            throw new NotFound("entity", speakerId);
        }
        var params = new HashMap<String, Object>();
        params.put("speakerId", speakerId);
        return graph.read("quotes-list", params, r -> {
            var speaker = r.get("speaker");
            return new QuoteView(
                    r.get("id").asString(),
                    r.get("text").asString(null),
                    r.get("date").asString(null),
                    speaker.isNull() ? null : new QuoteView.Speaker(speaker.get("id").asString(), speaker.get("name").asString(null)),
                    r.get("sources").asList(QuoteService::source));
        });
    }

    private boolean entityExists(String id) {
        return graph.read("entity-exists", Map.of("id", id), r -> r.get("exists").asBoolean()).get(0);
    }

    private static QuoteView.Source source(Value v) {
        return new QuoteView.Source(v.get("articleId").asString(), v.get("title").asString(null),
                v.get("outlet").asString(null), v.get("sentence").asString(null));
    }
}
