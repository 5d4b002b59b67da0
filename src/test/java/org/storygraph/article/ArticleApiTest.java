package org.storygraph.article;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.storygraph.IntegrationTest;
import org.storygraph.ingest.extracted.ArticleGraph;
import org.storygraph.ingest.read.Article;
import org.storygraph.ingest.read.PublishedFrom;
import org.storygraph.ingest.write.GraphWriter;
import org.storygraph.ingest.write.StoryFixture;

class ArticleApiTest extends IntegrationTest {

    @Autowired
    GraphWriter writer;

    private final StoryFixture story = new StoryFixture("aa" + UUID.randomUUID().toString().substring(0, 8) + "-");

    @Test
    void listsArticlesOldestFirstWithUndatedOnesLast() {
        writer.write(story.articleB());
        writer.write(story.articleA());
        String undated = story.p() + "undated";
        writer.write(new ArticleGraph(new Article(undated, "Undated piece", null, null, null, PublishedFrom.NONE,
                "", "hash-u", "u.md"), List.of(), List.of(), List.of(), List.of(), List.of(), List.of()));

        var response = getJson("/api/articles");

        assertThat(response.status()).isEqualTo(200);
        var ours = new ArrayList<JsonNode>();
        response.body().forEach(a -> {
            if (a.get("id").asText().startsWith(story.p())) {
                ours.add(a);
            }
        });
        assertThat(ours).extracting(a -> a.get("id").asText()).containsExactly(story.a(), story.b(), undated);
        var first = ours.get(0);
        assertThat(first.get("title").asText()).isEqualTo("Mayor declines White House invitation");
        assertThat(first.get("outlet").asText()).isEqualTo("9NEWS");
        assertThat(first.get("url").asText()).isEqualTo("https://example.org/" + story.a());
        assertThat(first.get("published").asText()).isEqualTo("2018-01-24");
        assertThat(ours.get(2).get("published").isNull()).isTrue();
        assertThat(first.fieldNames()).toIterable().containsExactly("id", "title", "outlet", "url", "published");
    }
}
