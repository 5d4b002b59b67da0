package org.storygraph.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storygraph.pages.Browser.clickWhenReady;
import static org.storygraph.pages.Browser.driver;
import static org.storygraph.pages.Browser.screenshot;
import static org.storygraph.pages.Browser.waitFor;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.storygraph.IntegrationTest;
import org.storygraph.ingest.LoadProgress;
import org.storygraph.ingest.LoadService;
import org.storygraph.ingest.extracted.ArticleGraph;
import org.storygraph.ingest.extracted.ArticleGraph.EntityRow;
import org.storygraph.ingest.extracted.ArticleGraph.EventMentionRow;
import org.storygraph.ingest.extracted.ArticleGraph.EventRow;
import org.storygraph.ingest.extracted.ArticleGraph.MentionRow;
import org.storygraph.ingest.extracted.ArticleGraph.ParticipantRow;
import org.storygraph.ingest.extracted.ArticleGraph.QuoteRow;
import org.storygraph.ingest.extracted.ArticleGraph.SentenceRow;
import org.storygraph.ingest.read.Article;
import org.storygraph.ingest.read.PublishedFrom;
import org.storygraph.ingest.write.GraphWriter;

/**
 * What a reader sees in a real headless Chromium, with the seed corpus loaded through the real loader, plus
 * one hostile article whose title, text and names carry markup that must stay text.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExplorerBrowserTest extends IntegrationTest {

    /** Any of these running would set window.__xss. */
    static final String IMG = "<img src=x onerror=\"window.__xss=1\">";
    static final String SCRIPT = "<script>window.__xss=2</script>";
    static final String HOSTILE_ENTITY = "xss-entity";
    static final String HOSTILE_ARTICLE = "xss-article";

    @Autowired
    LoadService loader;

    @Autowired
    GraphWriter writer;

    @BeforeAll
    void loadTheSeedsAndAHostileArticle() throws IOException {
        driver(); // skips the class before the slow load when there is no Chromium
        Path hostileFile = Files.createTempDirectory("hostile").resolve("hostile.md");
        Files.writeString(hostileFile, """
                ---
                id: xss-loaded
                title: 'Mayor %s says %s'
                outlet: '%s Daily'
                published: 2018-02-02
                ---
                Denver Mayor Michael Hancock said on Friday %s that the city %s would not comply.
                """.formatted(IMG, SCRIPT, IMG, SCRIPT, IMG));
        var report = loader.load(List.of(Path.of("seed"), hostileFile), LoadProgress.SILENT);
        assertThat(report.failures()).isEmpty();
        writer.write(hostileGraph());
    }

    @AfterEach
    void nothingRan() {
        Object xss = ((JavascriptExecutor) driver()).executeScript("return window.__xss === undefined ? null : window.__xss");
        assertThat(xss).as("script from article data ran").isNull();
    }

    @Test
    void timelineShowsEverySeedEventTheApiReturns() {
        int dated = datedEvents("/api/events?limit=10000").size();
        open("/timeline");
        int shown = Integer.parseInt(waitFor(d -> d.findElement(By.id("event-count"))).getDomAttribute("data-count"));
        assertThat(shown).isEqualTo(getJson("/api/events?limit=10000").body().size());
        Set<String> drawn = waitFor(d -> drawnEvents().size() == dated ? drawnEvents() : null);
        assertThat(drawn).hasSize(dated);
        assertThat(dated).isGreaterThan(10);
        screenshot("timeline");
    }

    @Test
    void clickingTheLettersEventShowsItsSources() {
        JsonNode letters = datedEvents("/api/events?from=2018-01-24&to=2018-01-24&limit=10000").stream()
                .filter(e -> e.get("date").asText().equals("2018-01-24"))
                .max((a, b) -> Integer.compare(a.get("sources").size(), b.get("sources").size()))
                .orElseThrow();
        open("/timeline?from=2018-01-24&to=2018-01-24");
        // the dot: a point's label can run past the timeline's edge, its dot never does
        clickWhenReady(By.xpath("//div[contains(@class,'vis-point')][.//span[@data-event='" + letters.get("id").asText()
                + "']]/div[contains(@class,'vis-dot')]"));
        WebElement panel = waitFor(d -> d.findElement(By.cssSelector("#event-panel:not([hidden])")));
        waitFor(d -> panel.findElements(By.cssSelector(".source")).size() == letters.get("sources").size());
        String shown = oneLine(panel.getText());
        for (JsonNode source : letters.get("sources")) {
            assertThat(shown).contains(oneLine(source.get("sentence").asText()));
        }
        assertThat(driver().getCurrentUrl()).contains("event=" + letters.get("id").asText());
        screenshot("timeline-event");
        panel.findElement(By.cssSelector(".source a")).click();
        WebElement sentence = waitFor(d -> d.findElement(By.cssSelector(".sentence.highlighted")));
        assertThat(letters.get("sources").findValuesAsText("sentence")).anyMatch(s -> oneLine(s).startsWith(
                oneLine(sentence.getText()).substring(0, 20)));
    }

    @Test
    void aFilterChangesTheItemsAndTheUrl() {
        open("/timeline");
        waitFor(d -> d.findElement(By.id("event-count")));
        WebElement search = driver().findElement(By.id("entitySearch"));
        search.sendKeys("Hancock");
        waitFor(d -> d.findElement(By.cssSelector(".suggestions li[role=option]")));
        search.sendKeys(Keys.ENTER);
        waitFor(d -> d.getCurrentUrl().contains("entity="));
        String entityId = driver().getCurrentUrl().replaceAll(".*entity=([^&]+).*", "$1");
        int expected = datedEvents("/api/events?limit=10000&entity=" + entityId).size();
        assertThat(expected).isGreaterThan(0).isLessThan(datedEvents("/api/events?limit=10000").size());
        waitFor(d -> drawnEvents().size() == expected);
        screenshot("timeline-filtered");
        driver().navigate().refresh();
        waitFor(d -> drawnEvents().size() == expected);
        assertThat(driver().findElement(By.id("chosen-entities")).getText()).contains("Hancock");
    }

    @Test
    void doubleClickOnAGraphNodeAddsItsNeighbours() {
        String hancock = entityId("Hancock");
        open("/graph?entity=" + hancock);
        WebElement graph = driver().findElement(By.id("graph"));
        int before = waitFor(d -> nodesShown(graph) > 1 ? nodesShown(graph) : null);
        waitFor(d -> "true".equals(graph.getDomAttribute("data-settled")));
        String neighbour = unshownNeighbourOf(hancock);
        @SuppressWarnings("unchecked")
        var at = (Map<String, Number>) script("""
                const network = document.getElementById('graph').network;
                network.body.container.scrollIntoView({block: 'center'}); // clicking focuses it: it must not scroll then
                const position = network.canvasToDOM(network.getPositions([arguments[0]])[arguments[0]]);
                const box = network.body.container.getBoundingClientRect();
                return {x: position.x - box.width / 2, y: position.y - box.height / 2};""", neighbour);
        new Actions(driver()).moveToElement(graph, at.get("x").intValue(), at.get("y").intValue()).doubleClick().perform();
        waitFor(d -> nodesShown(graph) > before);
        screenshot("graph");
    }

    @Test
    void articlePageHighlightsItsMentions() {
        // Other tests share the database and load articles of their own: take one that reports events.
        String articleId = null;
        for (JsonNode listed : getJson("/api/articles").body()) {
            JsonNode detail = getJson("/api/articles/" + listed.get("id").asText()).body();
            if (detail.get("sentences").findValues("events").stream().anyMatch(events -> !events.isEmpty())) {
                articleId = listed.get("id").asText();
                break;
            }
        }
        assertThat(articleId).as("an article with events").isNotNull();
        open("/articles/" + articleId);
        List<WebElement> mentions = waitFor(d -> {
            var found = d.findElements(By.cssSelector("#article-text a.mention"));
            return found.isEmpty() ? null : found;
        });
        assertThat(mentions).allSatisfy(m -> assertThat(m.getDomAttribute("href")).startsWith("/entities/"));
        assertThat(driver().findElements(By.cssSelector("#article-text mark.trigger"))).isNotEmpty();
        screenshot("article");
    }

    @Test
    void entityPageShowsItsEventsAndQuotes() {
        open("/entities/" + entityId("Hancock"));
        waitFor(d -> d.findElements(By.cssSelector("#entity-events li")).size() > 0);
        assertThat(driver().findElement(By.id("entity-name")).getText()).contains("Hancock");
        waitFor(d -> d.findElements(By.cssSelector("#entity-quotes q")).size() > 0);
        screenshot("entity");
    }

    @Test
    void markupFromArticlesStaysText() {
        open("/");
        waitFor(d -> d.findElement(By.id("articles")).getText().contains("<img"));
        open("/entities/" + HOSTILE_ENTITY);
        assertThat(waitFor(d -> d.findElement(By.id("entity-name"))).getText()).isEqualTo(IMG);
        waitFor(d -> d.findElement(By.id("entity-quotes")).getText().contains("<script>"));
        open("/articles/" + HOSTILE_ARTICLE);
        waitFor(d -> d.findElement(By.id("article-text")).getText().contains(SCRIPT));
        open("/articles/xss-loaded");
        waitFor(d -> d.findElement(By.id("article-text")).getText().contains("<img"));
        open("/timeline?entity=" + HOSTILE_ENTITY + "&event=xss-event");
        waitFor(d -> d.findElement(By.id("event-panel")).getText().contains(SCRIPT));
        assertThat(driver().findElement(By.id("chosen-entities")).getText()).contains("<img");
        open("/graph?entity=" + HOSTILE_ENTITY + "&events=true");
        waitFor(d -> nodesShown(d.findElement(By.id("graph"))) > 1);
        screenshot("xss-graph");
        assertThat(driver().getTitle()).doesNotContain("xss");
    }

    @Test
    void pagesFitANarrowScreen() {
        try {
            Browser.resize(400, 800);
            for (String page : List.of("/", "/timeline", "/graph?entity=" + entityId("Hancock"))) {
                open(page);
                waitFor(d -> d.findElement(By.cssSelector("#event-count, #articles, #graph[data-nodes]")));
                Number overflow = (Number) script(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
                assertThat(overflow.intValue()).as("horizontal overflow on " + page).isLessThanOrEqualTo(0);
                screenshot("narrow" + page.replaceAll("[^a-z]+", "-"));
            }
        } finally {
            Browser.resize(1280, 900);
        }
    }

    private void open(String path) {
        driver().get(url(path));
    }

    private static String oneLine(String text) {
        return text.replaceAll("(?U)\\s+", " ").strip();
    }

    private Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver()).executeScript(script, args);
    }

    /** The distinct events the timeline draws. */
    @SuppressWarnings("unchecked")
    private Set<String> drawnEvents() {
        return new HashSet<>((List<String>) script(
                "return [...document.querySelectorAll('#timeline [data-event]')].map(e => e.dataset.event)"));
    }

    private List<JsonNode> datedEvents(String path) {
        var body = getJson(path).body();
        return StreamSupport.stream(body.spliterator(), false).filter(e -> !e.get("start").isNull()).toList();
    }

    private String entityId(String name) {
        return getJson("/api/entities?q=" + name).body().get(0).get("id").asText();
    }

    private static int nodesShown(WebElement graph) {
        String count = graph.getDomAttribute("data-nodes");
        return count == null ? 0 : Integer.parseInt(count);
    }

    /** A neighbour of the entity whose own neighbourhood holds someone not shown yet. */
    private String unshownNeighbourOf(String entity) {
        var shown = new HashSet<String>();
        var around = getJson("/api/graph/neighbours?node=" + entity).body();
        shown.add(entity);
        around.get("nodes").forEach(n -> shown.add(n.get("id").asText()));
        for (JsonNode node : around.get("nodes")) {
            var next = getJson("/api/graph/neighbours?node=" + node.get("id").asText()).body().get("nodes");
            for (JsonNode n : next) {
                if (!shown.contains(n.get("id").asText())) {
                    return node.get("id").asText();
                }
            }
        }
        throw new AssertionError("no neighbour of " + entity + " has neighbours of its own to add");
    }

    /** An article as extraction hands it to the writer, with markup in every field a page shows. */
    private static ArticleGraph hostileGraph() {
        String s0 = HOSTILE_ARTICLE + "#0";
        String s1 = HOSTILE_ARTICLE + "#1";
        var article = new Article(HOSTILE_ARTICLE, "Title " + SCRIPT, IMG, "javascript:window.__xss=3",
                LocalDate.of(2018, 2, 3), PublishedFrom.METADATA, "(text)", "hash-xss", "hostile.md");
        return new ArticleGraph(article,
                List.of(new SentenceRow(s0, 0, IMG + " met Denver and said " + SCRIPT + ".", 0, 60, 0),
                        new SentenceRow(s1, 1, "\"" + SCRIPT + "\" said " + IMG + ".", 61, 120, 1)),
                List.of(new EntityRow(HOSTILE_ENTITY, IMG, "PERSON", List.of(IMG)),
                        new EntityRow("xss-denver", "Denver " + SCRIPT, "PLACE", List.of("Denver"))),
                List.of(new MentionRow(HOSTILE_ENTITY, s0, IMG), new MentionRow("xss-denver", s0, "Denver"),
                        new MentionRow(HOSTILE_ENTITY, s1, IMG)),
                List.of(),
                List.of(new EventRow("xss-event", "2018-02-03", "DAY", "2018-02-03", "2018-02-03", "EXPLICIT",
                        "Meeting " + SCRIPT, "meet", List.of(new ParticipantRow(HOSTILE_ENTITY, "AGENT"),
                                new ParticipantRow("xss-denver", "PARTICIPANT")),
                        List.of(new EventMentionRow(s0, "met", 4, IMG.length() + 1, IMG.length() + 4)))),
                List.of(new QuoteRow("xss-quote", SCRIPT, HOSTILE_ENTITY, "2018-02-03", List.of(s1))));
    }
}
