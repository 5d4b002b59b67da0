package org.storygraph.timeline;

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

class TimelineApiTest extends IntegrationTest {

    @Autowired
    GraphWriter writer;

    private final StoryFixture story = new StoryFixture("ta" + UUID.randomUUID().toString().substring(0, 8) + "-");

    @BeforeEach
    void loadStory() {
        writer.write(story.articleA());
        writer.write(story.articleB());
    }

    @Test
    void listsEventsInDateOrderWithParticipantsAndTheSentencesReportingThem() {
        var response = getJson("/api/events?limit=10000");

        assertThat(response.status()).isEqualTo(200);
        assertThat(ids(response.body())).containsExactly(story.decline(), story.criticism());

        var decline = ours(response.body()).get(0);
        assertThat(decline.get("date").asText()).isEqualTo("2018-01-24");
        assertThat(decline.get("precision").asText()).isEqualTo("DAY");
        assertThat(decline.get("title").asText()).isEqualTo("Hancock skips meeting");
        assertThat(decline.get("participants")).singleElement().satisfies(p -> {
            assertThat(p.get("id").asText()).isEqualTo(story.hancock());
            assertThat(p.get("name").asText()).isEqualTo("Michael Hancock");
            assertThat(p.get("type").asText()).isEqualTo("PERSON");
            assertThat(p.get("role").asText()).isEqualTo("AGENT");
        });
        var sources = decline.get("sources");
        assertThat(sources).hasSize(2);
        assertThat(sources.get(0).get("articleId").asText()).isEqualTo(story.a());
        assertThat(sources.get(0).get("outlet").asText()).isEqualTo("9NEWS");
        assertThat(sources.get(0).get("title").asText()).isEqualTo("Mayor declines White House invitation");
        assertThat(sources.get(0).get("sentence").asText())
                .isEqualTo("Denver Mayor Michael Hancock declined the invitation to the White House.");
        assertThat(sources.get(0).get("trigger").asText()).isEqualTo("declined");
        assertThat(sources.get(1).get("articleId").asText()).isEqualTo(story.b());
        assertThat(sources.get(1).get("trigger").asText()).isEqualTo("skipped");

        var criticism = ours(response.body()).get(1);
        assertThat(criticism.get("date").asText()).isEqualTo("2018-02");
        assertThat(criticism.get("dateBasis").asText()).isEqualTo("RELATIVE");
        assertThat(criticism.get("participants")).extracting(p -> p.get("role").asText())
                .containsExactly("PARTICIPANT", "AGENT");
    }

    @Test
    void withoutSentencesTheSourcesSayWhereAndWhenButNotWhat() {
        var brief = ours(getJson("/api/events?limit=10000&sentences=false").body()).get(0).get("sources");
        var whole = ours(getJson("/api/events?limit=10000").body()).get(0).get("sources");

        assertThat(brief).hasSameSizeAs(whole);
        for (int i = 0; i < whole.size(); i++) {
            assertThat(brief.get(i).get("sentence").isNull()).isTrue();
            assertThat(whole.get(i).get("sentence").asText()).isNotBlank();
            for (String field : List.of("articleId", "title", "outlet", "published", "sentenceIndex", "trigger")) {
                assertThat(brief.get(i).get(field)).as(field).isEqualTo(whole.get(i).get(field));
            }
        }
    }

    @Test
    void filtersToTheEventsAnEntityTakesPartIn() {
        assertThat(idsOf("/api/events?entity=" + story.hancock())).containsExactly(story.decline());
        assertThat(idsOf("/api/events?entity=" + story.denver())).containsExactly(story.criticism());
        assertThat(idsOf("/api/events?entity=" + story.washington())).isEmpty();
    }

    @Test
    void filtersToEventsOverlappingTheDateWindow() {
        String hancockOrIce = "/api/events?limit=10000";
        assertThat(idsOf(hancockOrIce + "&from=2018-01-24&to=2018-01-24")).containsExactly(story.decline());
        // The criticism is dated only to February: any day of it overlaps.
        assertThat(idsOf(hancockOrIce + "&from=2018-02-15&to=2018-02-15")).containsExactly(story.criticism());
        assertThat(idsOf(hancockOrIce + "&from=2018-01")).containsExactly(story.decline(), story.criticism());
        assertThat(idsOf(hancockOrIce + "&to=2018-01")).containsExactly(story.decline());
        assertThat(idsOf(hancockOrIce + "&from=2018-03")).isEmpty();
        assertThat(idsOf(hancockOrIce + "&from=2018&to=2018")).containsExactly(story.decline(), story.criticism());
        assertThat(idsOf("/api/events?entity=" + story.ice() + "&from=2018-01-25")).containsExactly(story.criticism());
    }

    @Test
    void anUnknownEntityIsA404Problem() {
        var response = getJson("/api/events?entity=" + story.p() + "nobody");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().get("detail").asText()).contains(story.p() + "nobody");
    }

    @Test
    void badParametersAre400ProblemsNamingTheParameter() {
        for (var query : List.of("from=2018-13-01", "from=yesterday", "to=2018-02-30", "to=18", "limit=0",
                "limit=10001", "limit=x", "from=2018-03&to=2018-02")) {
            var response = getJson("/api/events?" + query);
            assertThat(response.status()).as(query).isEqualTo(400);
            assertThat(response.contentType()).as(query).startsWith("application/problem+json");
            assertThat(response.body().get("parameter").asText()).as(query).isEqualTo(query.substring(0, query.indexOf('=')));
        }
    }

    private List<String> idsOf(String path) {
        var response = getJson(path);
        assertThat(response.status()).as(path).isEqualTo(200);
        return ids(response.body());
    }

    private List<JsonNode> ours(JsonNode events) {
        var ours = new ArrayList<JsonNode>();
        events.forEach(e -> {
            if (e.get("id").asText().startsWith(story.p())) {
                ours.add(e);
            }
        });
        return ours;
    }

    private List<String> ids(JsonNode events) {
        return ours(events).stream().map(e -> e.get("id").asText()).toList();
    }
}
