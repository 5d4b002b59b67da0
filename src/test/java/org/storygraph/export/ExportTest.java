package org.storygraph.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.storygraph.IntegrationTest;
import org.storygraph.ingest.write.GraphWriter;
import org.storygraph.ingest.write.StoryFixture;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class ExportTest extends IntegrationTest {

    @Autowired
    GraphWriter writer;

    private final StoryFixture story = new StoryFixture("ex" + UUID.randomUUID().toString().substring(0, 8) + "-");

    @BeforeEach
    void loadStory() {
        writer.write(story.articleA());
        writer.write(story.articleB());
    }

    @Test
    void timelineJsHasATitleAndADatedSlidePerEventAtItsPrecision() {
        var response = getJson("/api/export/timelinejs?entity=" + story.denver());

        assertThat(response.status()).isEqualTo(200);
        var doc = response.body();
        assertThat(doc.get("title").get("text").get("headline").asText()).isEqualTo("Timeline of Denver");
        assertThat(doc.get("events")).hasSize(1);
        var criticism = doc.get("events").get(0);
        assertThat(criticism.get("unique_id").asText()).isEqualTo(story.criticism());
        assertThat(criticism.get("start_date").get("year").asInt()).isEqualTo(2018);
        assertThat(criticism.get("start_date").get("month").asInt()).isEqualTo(2);
        assertThat(criticism.get("start_date").has("day")).isFalse();
        assertThat(criticism.get("group").asText()).isEqualTo("U.S. Immigration and Customs Enforcement");
        assertThat(criticism.get("text").get("headline").asText()).isEqualTo("ICE criticizes Denver");
        assertThat(criticism.get("text").get("text").asText()).contains("<strong>9NEWS</strong>", "ICE criticized Denver.");
    }

    @Test
    void everyTimelineJsEventHasTheRequiredFieldsAndEscapedHtml() {
        var response = getJson("/api/export/timelinejs");

        assertThat(response.status()).isEqualTo(200);
        var events = response.body().get("events");
        assertThat(events.isArray()).isTrue();
        var ids = new HashSet<String>();
        events.forEach(event -> {
            var start = event.get("start_date");
            assertThat(start).as(event.toString()).isNotNull();
            assertThat(start.get("year").isInt()).as(event.toString()).isTrue();
            if (start.has("month")) {
                assertThat(start.get("month").asInt()).isBetween(1, 12);
            }
            if (start.has("day")) {
                assertThat(start.get("day").asInt()).isBetween(1, 31);
            }
            assertThat(event.get("text").get("headline").asText()).isNotBlank();
            assertThat(ids.add(event.get("unique_id").asText())).as("unique_id is unique").isTrue();
        });
        var decline = find(events, story.decline());
        assertThat(decline.get("start_date").toString()).isEqualTo("{\"year\":2018,\"month\":1,\"day\":24}");
        assertThat(decline.get("text").get("text").asText())
                .contains("<a href=\"https://example.org/" + story.a() + "\">Mayor declines White House invitation</a>",
                        "Michael Hancock (agent)");
    }

    @Test
    void timelineJsEscapesWhatTheArticlesSay() {
        assertThat(TimelineJs.of("<b>x</b>", List.of()).title().text().headline()).isEqualTo("Timeline of &lt;b&gt;x&lt;/b&gt;");
        var event = new ExportedEvent("e1", "2018-01-24", "DAY", "EXPLICIT", "<script>x</script>",
                java.time.LocalDate.of(2018, 1, 24), java.time.LocalDate.of(2018, 1, 24), List.of(),
                List.of(new ExportedEvent.Source("a", "T & T", "O", "javascript:alert(1)", null, "He said \"<img>\"", "said")));
        var slide = TimelineJs.of(null, List.of(event)).events().get(0);
        assertThat(slide.text().headline()).isEqualTo("&lt;script&gt;x&lt;/script&gt;");
        assertThat(slide.text().text()).contains("T &amp; T", "He said &quot;&lt;img&gt;&quot;").doesNotContain("javascript:", "<img>");
    }

    @Test
    void graphMlParsesWithTheNodesAndEdgesWithinTheDepth() throws Exception {
        var response = get("/api/export/graphml?entity=" + story.hancock() + "&depth=1");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/graphml+xml");
        Document xml = parse(response.body());
        assertThat(xml.getDocumentElement().getNamespaceURI()).isEqualTo("http://graphml.graphdrawing.org/xmlns");
        assertThat(xml.getElementsByTagNameNS("*", "key").getLength()).isEqualTo(7);
        // Hancock, with whom he appears (Denver, Washington) and what he did.
        assertThat(nodeIds(xml)).containsExactlyInAnyOrder(story.hancock(), story.denver(), story.washington(), story.decline());
        // hancock-denver, hancock-washington, denver-washington, hancock->decline
        assertThat(xml.getElementsByTagNameNS("*", "edge").getLength()).isEqualTo(4);
        assertThat(data(xml, story.hancock())).containsEntry("name", "Michael Hancock").containsEntry("type", "PERSON")
                .containsEntry("label", "Entity");
        assertThat(data(xml, story.decline())).containsEntry("type", "EVENT").containsEntry("date", "2018-01-24");

        Document deeper = parse(get("/api/export/graphml?entity=" + story.hancock() + "&depth=2").body());
        assertThat(nodeIds(deeper)).containsExactlyInAnyOrder(story.hancock(), story.denver(), story.washington(),
                story.decline(), story.ice(), story.criticism());
        // ... plus denver-ice, ice->criticism, denver->criticism
        assertThat(deeper.getElementsByTagNameNS("*", "edge").getLength()).isEqualTo(7);
    }

    @Test
    void theWholeGraphExportHoldsEveryEntityAndEvent() throws Exception {
        Document xml = parse(get("/api/export/graphml").body());

        assertThat(nodeIds(xml)).contains(story.hancock(), story.ice(), story.criticism(), story.decline());
        assertThat(getJson("/api/export/graphml?entity=" + story.p() + "nobody").status()).isEqualTo(404);
        assertThat(getJson("/api/export/graphml?entity=" + story.hancock() + "&depth=4").status()).isEqualTo(400);
    }

    @Test
    void eventsCsvHasARowPerEventAndSource() {
        var response = get("/api/export/events.csv?entity=" + story.hancock());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        var lines = response.body().split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).isEqualTo(String.join(",", EventsCsv.HEADER));
        assertThat(lines[1]).startsWith(story.decline() + ",2018-01-24,DAY,").contains(story.a(), "declined");
        assertThat(lines[2]).contains(story.b(), "skipped");
        assertThat(EventsCsv.field("He said, \"no\"\nagain")).isEqualTo("\"He said, \"\"no\"\"\nagain\"");
        assertThat(EventsCsv.field("plain")).isEqualTo("plain");
    }

    private static Document parse(String xml) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private List<String> nodeIds(Document xml) {
        var ids = new ArrayList<String>();
        var nodes = xml.getElementsByTagNameNS("*", "node");
        for (int i = 0; i < nodes.getLength(); i++) {
            ids.add(((Element) nodes.item(i)).getAttribute("id"));
        }
        return ids;
    }

    private static Map<String, String> data(Document xml, String nodeId) {
        var nodes = xml.getElementsByTagNameNS("*", "node");
        for (int i = 0; i < nodes.getLength(); i++) {
            var node = (Element) nodes.item(i);
            if (node.getAttribute("id").equals(nodeId)) {
                var values = new java.util.HashMap<String, String>();
                var data = node.getElementsByTagNameNS("*", "data");
                for (int j = 0; j < data.getLength(); j++) {
                    values.put(((Element) data.item(j)).getAttribute("key"), data.item(j).getTextContent());
                }
                return values;
            }
        }
        throw new AssertionError("no node " + nodeId);
    }

    private static com.fasterxml.jackson.databind.JsonNode find(com.fasterxml.jackson.databind.JsonNode events, String id) {
        for (var event : events) {
            if (event.get("unique_id").asText().equals(id)) {
                return event;
            }
        }
        throw new AssertionError("no event " + id);
    }
}
