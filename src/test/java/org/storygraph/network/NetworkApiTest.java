package org.storygraph.network;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.storygraph.IntegrationTest;
import org.storygraph.ingest.write.GraphWriter;
import org.storygraph.ingest.write.StoryFixture;

class NetworkApiTest extends IntegrationTest {

    @Autowired
    GraphWriter writer;

    private final StoryFixture story = new StoryFixture("na" + UUID.randomUUID().toString().substring(0, 8) + "-");

    @BeforeEach
    void loadStory() {
        writer.write(story.articleA());
        writer.write(story.articleB());
    }

    @Test
    void anEntitysNeighboursComeStrongestFirstWithTheirLinks() {
        var response = getJson("/api/graph/neighbours?node=" + story.hancock());

        assertThat(response.status()).isEqualTo(200);
        var hood = response.body();
        assertThat(hood.get("center").get("name").asText()).isEqualTo("Michael Hancock");
        assertThat(hood.get("center").get("type").asText()).isEqualTo("PERSON");
        assertThat(texts(hood.get("nodes"), "id")).containsExactly(story.denver(), story.washington());
        assertThat(hood.get("total").asInt()).isEqualTo(2);
        assertThat(texts(hood.get("links"), "type")).contains("CO_OCCURS", "ROLE");
    }

    @Test
    void aDateRangeCountsOnlyTheSentencesOfArticlesPublishedWithinIt() {
        var all = getJson("/api/graph/neighbours?node=" + story.hancock()).body();
        var secondDay = getJson("/api/graph/neighbours?node=" + story.hancock() + "&from=2018-01-25&to=2018-01-25").body();
        var firstDay = getJson("/api/graph/neighbours?node=" + story.hancock() + "&to=2018-01-24").body();

        // Both articles name Hancock with Denver in one sentence; only the second names Washington (with both).
        assertThat(weight(all, "CO_OCCURS", story.hancock(), story.denver())).isEqualTo(2);
        assertThat(weight(all, "ROLE", story.hancock(), story.denver())).isEqualTo(2);
        assertThat(weight(secondDay, "CO_OCCURS", story.hancock(), story.denver())).isEqualTo(1);
        assertThat(weight(secondDay, "ROLE", story.hancock(), story.denver())).isEqualTo(1);
        assertThat(weight(secondDay, "CO_OCCURS", story.hancock(), story.washington())).isEqualTo(1);
        assertThat(weight(secondDay, "CO_OCCURS", story.denver(), story.washington())).isEqualTo(1);
        assertThat(texts(firstDay.get("nodes"), "id")).containsExactly(story.denver());
        assertThat(weight(firstDay, "CO_OCCURS", story.hancock(), story.denver())).isEqualTo(1);
    }

    @Test
    void aCoOccurrencesEvidenceIsTheSentencesNamingBoth() {
        var both = getJson("/api/graph/evidence?type=CO_OCCURS&source=" + story.denver() + "&target=" + story.hancock());
        var fromTheSecondDay = getJson("/api/graph/evidence?type=CO_OCCURS&source=" + story.hancock()
                + "&target=" + story.denver() + "&from=2018-01-25");

        assertThat(both.status()).isEqualTo(200);
        assertThat(texts(both.body(), "sentence")).containsExactly(
                "Denver Mayor Michael Hancock declined the invitation to the White House.",
                "Denver Mayor Hancock skipped the meeting in Washington.");
        assertThat(texts(fromTheSecondDay.body(), "articleId")).containsExactly(story.b());
    }

    @Test
    void anEventsNeighboursAreItsParticipants() {
        var response = getJson("/api/graph/neighbours?node=" + story.criticism());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().get("center").get("type").asText()).isEqualTo("EVENT");
        assertThat(response.body().get("center").get("name").asText()).isEqualTo("ICE criticizes Denver");
        assertThat(texts(response.body().get("nodes"), "id")).containsExactlyInAnyOrder(story.ice(), story.denver());
    }

    @Test
    void anUnknownNodeIsNotFound() {
        var response = getJson("/api/graph/neighbours?node=" + story.p() + "nobody");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body().get("detail").asText()).contains(story.p() + "nobody");
    }

    private static long weight(JsonNode hood, String type, String one, String other) {
        for (JsonNode link : hood.get("links")) {
            var ends = Set.of(link.get("from").asText(), link.get("to").asText());
            if (ends.equals(Set.of(one, other)) && link.get("type").asText().equals(type)) {
                return link.get("weight").asLong();
            }
        }
        throw new AssertionError("no " + type + " link between " + one + " and " + other + " in " + hood.get("links"));
    }

    private static List<String> texts(JsonNode array, String field) {
        var texts = new ArrayList<String>();
        array.forEach(item -> texts.add(item.get(field).asText()));
        return texts;
    }
}
