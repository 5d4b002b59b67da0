package org.storygraph.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storygraph.pages.Browser.clickWhenReady;
import static org.storygraph.pages.Browser.driver;
import static org.storygraph.pages.Browser.screenshot;
import static org.storygraph.pages.Browser.waitFor;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.storygraph.IntegrationTest;
import org.storygraph.ingest.LoadProgress;
import org.storygraph.ingest.LoadService;

/** The Cypher console's graph view and the embedded timeline, in a real headless Chromium over the seeds. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleAndEmbedBrowserTest extends IntegrationTest {

    @Autowired
    LoadService loader;

    @BeforeAll
    void loadTheSeeds() {
        driver();
        assertThat(loader.load(List.of(Path.of("seed")), LoadProgress.SILENT).failures()).isEmpty();
    }

    @Test
    void aGraphResultIsDrawnAsAGraph() {
        driver().get(url("/query"));
        driver().findElements(By.cssSelector("#examples button.example")).stream()
                .filter(b -> b.getText().contains("(a graph)")).findFirst().orElseThrow().click();
        driver().findElement(By.id("cypher-run")).click();
        var graph = waitFor(d -> d.findElement(By.cssSelector("#cypher-graph:not([hidden])")));
        waitFor(d -> graph.getDomAttribute("data-nodes") != null);
        assertThat(Integer.parseInt(graph.getDomAttribute("data-nodes"))).isGreaterThan(1);
        assertThat(graph.findElements(By.tagName("canvas"))).isNotEmpty();
        screenshot("query-graph");
        driver().findElement(By.cssSelector("#cypher-view-toggle [data-view=table]")).click();
        assertThat(driver().findElement(By.id("cypher-table")).isDisplayed()).isTrue();
    }

    /** A page of another site (another host and port) frames the embed, which works, and the timeline page, which refuses. */
    @Test
    void onlyTheEmbedCanBeFramedByAnotherSite() throws IOException {
        String hancock = getJson("/api/entities?q=Hancock").body().get(0).get("id").asText();
        byte[] page = """
                <!DOCTYPE html><html><body><h1>A news site</h1>
                <iframe id="embed" src="%s" width="900" height="420"></iframe>
                <iframe id="page" src="%s" width="900" height="200"></iframe>
                </body></html>""".formatted(url("/embed/timeline?entity=" + hancock), url("/timeline"))
                .getBytes(StandardCharsets.UTF_8);
        var newsSite = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        newsSite.createContext("/", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        newsSite.start();
        try {
            driver().get("http://127.0.0.1:" + newsSite.getAddress().getPort() + "/story");
            framesOnTheNewsSite();
        } finally {
            newsSite.stop(0);
        }
    }

    private void framesOnTheNewsSite() {
        driver().switchTo().frame("embed");
        clickWhenReady(By.cssSelector("[data-event]"));
        waitFor(d -> d.findElement(By.cssSelector(".embed-panel blockquote")));
        assertThat(driver().findElement(By.cssSelector(".embed-panel")).getText()).contains("Open in Storygraph");
        driver().switchTo().defaultContent();
        screenshot("embed-in-iframe");
        driver().switchTo().frame("page");
        assertThat(driver().findElements(By.id("timeline"))).as("the timeline page refused framing").isEmpty();
        driver().switchTo().defaultContent();
    }
}
