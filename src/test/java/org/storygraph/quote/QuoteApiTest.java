package org.storygraph.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.storygraph.IntegrationTest;
import org.storygraph.ingest.write.GraphWriter;
import org.storygraph.ingest.write.StoryFixture;

class QuoteApiTest extends IntegrationTest {

    @Autowired
    GraphWriter writer;

    private final StoryFixture story = new StoryFixture("qa" + UUID.randomUUID().toString().substring(0, 8) + "-");

    @Test
    void listsWhatASpeakerSaidWithEverySentenceQuotingIt() {
        writer.write(story.articleA());
        writer.write(story.articleB());

        var response = getJson("/api/quotes?speaker=" + story.hancock());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).singleElement().satisfies(quote -> {
            assertThat(quote.get("id").asText()).isEqualTo(story.bullied());
            assertThat(quote.get("text").asText()).isEqualTo("We will not be bullied");
            assertThat(quote.get("date").asText()).isEqualTo("2018-01-24");
            assertThat(quote.get("speaker").get("id").asText()).isEqualTo(story.hancock());
            assertThat(quote.get("speaker").get("name").asText()).isEqualTo("Michael Hancock");
            var sources = quote.get("sources");
            assertThat(sources).hasSize(2);
            assertThat(sources.get(0).get("articleId").asText()).isEqualTo(story.a());
            assertThat(sources.get(0).get("outlet").asText()).isEqualTo("9NEWS");
            assertThat(sources.get(0).get("sentence").asText()).isEqualTo("\"We will not be bullied,\" Hancock said.");
            assertThat(sources.get(1).get("articleId").asText()).isEqualTo(story.b());
            assertThat(sources.get(1).get("title").asText()).isEqualTo("Mayor skips Washington meeting");
        });
        assertThat(getJson("/api/quotes?speaker=" + story.denver()).body()).isEmpty();
        assertThat(getJson("/api/quotes").body()).anySatisfy(q -> assertThat(q.get("id").asText()).isEqualTo(story.bullied()));
    }

    @Test
    void anUnknownSpeakerIsA404Problem() {
        var response = getJson("/api/quotes?speaker=" + story.p() + "nobody");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().get("status").asInt()).isEqualTo(404);
        assertThat(response.body().get("detail").asText()).contains(story.p() + "nobody");
    }
}
