package org.storygraph.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.storygraph.generate.SyntheticCorpus;
import org.storygraph.ingest.extracted.ArticleGraph;
import org.storygraph.ingest.write.GraphWriter;
import org.storygraph.pages.Browser;

/**
 * The pages in headless Chromium on a synthetic corpus (default 10,000 events): how long /timeline takes to
 * show every event (from navigation to the drawn timeline, cold then warm), and how long /graph takes to
 * settle once "show more" has brought it to 500 nodes. Needs chromium and chromium-driver. Argument: events.
 */
public final class PageBenchmark {

    private static final int GRAPH_NODES = 500;

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        var store = Files.createTempDirectory("storygraph-page-benchmark-");
        try (var app = Benchmarks.startApp(store)) {
            var articles = new ArrayList<ArticleGraph>();
            new SyntheticCorpus(events, Math.max(2, events / 10), 1).articles(articles::add);
            app.getBean(GraphWriter.class).writeAll(articles);
            String base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
            WebDriver browser = Browser.driver();
            System.out.printf("Page benchmark: %d events, %d articles, Chromium headless at 1280x900%n", events,
                    articles.size());

            double[] timeline = new double[5];
            for (int i = 0; i < timeline.length; i++) {
                long started = System.nanoTime();
                browser.get(base + "/timeline");
                waitFor(browser, d -> !d.findElements(By.id("event-count")).isEmpty()
                        && !d.findElements(By.cssSelector("#timeline .vis-item")).isEmpty());
                timeline[i] = (System.nanoTime() - started) / 1e6;
            }
            String shown = browser.findElement(By.id("event-count")).getText();
            System.out.printf("/timeline, time to show %s: first %.0f ms, then median %.0f ms (of %d)%n", shown,
                    timeline[0], median(Arrays.copyOfRange(timeline, 1, timeline.length)), timeline.length - 1);

            String hub = new ObjectMapper().readTree(URI.create(base + "/api/overview").toURL())
                    .get("mostConnected").get(0).get("id").asText();
            long started = System.nanoTime();
            browser.get(base + "/graph?entity=" + hub);
            waitFor(browser, d -> nodes(d) > 0
                    && "true".equals(d.findElement(By.id("graph")).getDomAttribute("data-settled")));
            double firstSettle = (System.nanoTime() - started) / 1e6;
            int firstNodes = nodes(browser);
            double lastSettle = 0;
            while (nodes(browser) < GRAPH_NODES && !browser.findElements(By.id("show-more")).isEmpty()) {
                int before = nodes(browser);
                started = System.nanoTime();
                browser.findElement(By.id("show-more")).click();
                waitFor(browser, d -> nodes(d) > before
                        && "true".equals(d.findElement(By.id("graph")).getDomAttribute("data-settled")));
                lastSettle = (System.nanoTime() - started) / 1e6;
            }
            System.out.printf("/graph from the most connected entity: %d nodes settled %.0f ms after opening;"
                    + " with %d nodes, the last \"show more\" settled in %.0f ms%n", firstNodes, firstSettle, nodes(browser),
                    lastSettle);
        } finally {
            Browser.driver().quit();
            Benchmarks.deleteRecursively(store);
        }
        System.exit(0);
    }

    private static int nodes(WebDriver browser) {
        String count = browser.findElement(By.id("graph")).getDomAttribute("data-nodes");
        return count == null ? 0 : Integer.parseInt(count);
    }

    private static void waitFor(WebDriver browser, Function<WebDriver, Boolean> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(120), Duration.ofMillis(10)).until(condition);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
