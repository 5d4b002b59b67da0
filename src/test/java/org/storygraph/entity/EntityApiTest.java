package org.storygraph.entity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.storygraph.IntegrationTest;
import org.storygraph.ingest.write.GraphWriter;
import org.storygraph.ingest.write.StoryFixture;

class EntityApiTest extends IntegrationTest {

    @Autowired
    GraphWriter writer;

    private final StoryFixture story = new StoryFixture("ea" + UUID.randomUUID().toString().substring(0, 8) + "-");

    @BeforeEach
    void loadStory() {
        writer.write(story.articleA());
        writer.write(story.articleB());
    }

    @Test
    void listsEntitiesMostMentionedFirstWithEveryAliasAndTheirCounts() {
        var response = getJson("/api/entities?limit=500");

        assertThat(response.status()).isEqualTo(200);
        var mentions = new ArrayList<Integer>();
        response.body().forEach(e -> mentions.add(e.get("mentions").asInt()));
        assertThat(mentions).isSortedAccordingTo((x, y) -> y - x);

        var hancock = ours(response.body()).get(0);
        assertThat(hancock.get("id").asText()).isEqualTo(story.hancock());
        assertThat(hancock.get("name").asText()).isEqualTo("Michael Hancock");
        assertThat(hancock.get("type").asText()).isEqualTo("PERSON");
        assertThat(texts(hancock.get("aliases"))).containsExactly("Hancock", "Mayor Hancock", "Michael Hancock", "the mayor");
        assertThat(hancock.get("mentions").asInt()).isEqualTo(4);
        assertThat(hancock.get("articles").asInt()).isEqualTo(2);
    }

    @Test
    void searchesNamesAndAliasesByPrefixAsTheUserTypes() {
        // "the mayor" is only an alias, and "the may" only a prefix of it.
        assertThat(ids(getJson("/api/entities?limit=500&q=" + encode("The May")).body())).containsExactly(story.hancock());
        assertThat(ids(getJson("/api/entities?limit=500&q=" + encode("mayor ha")).body())).containsExactly(story.hancock());
        assertThat(ids(getJson("/api/entities?limit=500&q=wash").body())).containsExactly(story.washington());
        assertThat(ids(getJson("/api/entities?limit=500&q=ICE").body())).containsExactly(story.ice());
    }

    @Test
    void searchTextIsNeverReadAsLuceneSyntax() {
        var withSyntax = getJson("/api/entities?q=" + encode("hancock) OR [denver"));
        assertThat(withSyntax.status()).isEqualTo(200);

        var onlySyntax = getJson("/api/entities?q=" + encode("*:\"~\\"));
        assertThat(onlySyntax.status()).isEqualTo(200);
        assertThat(onlySyntax.body()).isEmpty();
    }

    @Test
    void filtersByTypeInAnyCase() {
        var places = getJson("/api/entities?limit=500&type=place").body();

        assertThat(ids(places)).containsExactlyInAnyOrder(story.denver(), story.washington());
        places.forEach(e -> assertThat(e.get("type").asText()).isEqualTo("PLACE"));
    }

    @Test
    void showsOneEntityWithItsRolesQuotesAndEvents() {
        var response = getJson("/api/entities/" + story.hancock());

        assertThat(response.status()).isEqualTo(200);
        var hancock = response.body();
        assertThat(hancock.get("mentions").asInt()).isEqualTo(4);
        assertThat(hancock.get("articles").asInt()).isEqualTo(2);
        assertThat(hancock.get("roles")).singleElement().satisfies(role -> {
            assertThat(role.get("title").asText()).isEqualTo("Mayor");
            assertThat(role.get("at").get("id").asText()).isEqualTo(story.denver());
            assertThat(role.get("at").get("name").asText()).isEqualTo("Denver");
        });
        assertThat(texts(hancock.get("quotes"))).containsExactly(story.bullied());
        assertThat(texts(hancock.get("events"))).containsExactly(story.decline());

        assertThat(texts(getJson("/api/entities/" + story.denver()).body().get("events")))
                .containsExactly(story.criticism());
    }

    @Test
    void anUnknownEntityIsA404Problem() {
        var response = getJson("/api/entities/" + story.p() + "nobody");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().get("status").asInt()).isEqualTo(404);
        assertThat(response.body().get("detail").asText()).contains(story.p() + "nobody");
    }

    @Test
    void badParametersAre400ProblemsNamingTheParameter() {
        for (var query : List.of("type=ALIEN", "limit=0", "limit=501", "limit=many")) {
            var response = getJson("/api/entities?" + query);
            assertThat(response.status()).as(query).isEqualTo(400);
            assertThat(response.contentType()).as(query).startsWith("application/problem+json");
            assertThat(response.body().get("parameter").asText()).as(query).isEqualTo(query.substring(0, query.indexOf('=')));
            assertThat(response.body().get("detail").asText()).as(query).isNotBlank();
        }
    }

    private List<JsonNode> ours(JsonNode entities) {
        var ours = new ArrayList<JsonNode>();
        entities.forEach(e -> {
            if (e.get("id").asText().startsWith(story.p())) {
                ours.add(e);
            }
        });
        return ours;
    }

    private List<String> ids(JsonNode entities) {
        return ours(entities).stream().map(e -> e.get("id").asText()).toList();
    }

    private static List<String> texts(JsonNode array) {
        var texts = new ArrayList<String>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
