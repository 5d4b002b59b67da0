package org.storygraph.network;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
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

    private static List<String> texts(JsonNode array, String field) {
        var texts = new ArrayList<String>();
        array.forEach(item -> texts.add(item.get(field).asText()));
        return texts;
    }
}
