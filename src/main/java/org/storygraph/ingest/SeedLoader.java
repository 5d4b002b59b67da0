package org.storygraph.ingest;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.storygraph.system.StorygraphProperties;

/**
 * On a first start (no articles in the graph), loads the seed corpus in the background, so the pages answer
 * at once while the language models load, and then show the story.
 */
@Component
@Order(20)
class SeedLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);

    private final LoadService loader;
    private final StorygraphProperties properties;

    SeedLoader(LoadService loader, StorygraphProperties properties) {
        this.loader = loader;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.loadOnStart() || LoadCommand.isRequested(args.getSourceArgs())) {
            return;
        }
        var seed = properties.seedDir();
        // In the background: asking whether the graph is empty must not stop the app starting without its database.
        Thread thread = new Thread(() -> {
            if (!graphIsEmpty()) {
                return;
            }
            if (!seed.toFile().isDirectory()) {
                log.warn("No seed folder at {}: nothing loaded. Load articles with: java -jar storygraph.jar load PATH",
                        seed.toAbsolutePath());
                return;
            }
            log.info("The database has no articles: loading {} in the background", seed.toAbsolutePath());
            var report = loader.load(List.of(seed), LoadProgress.SILENT);
            report.failures().forEach(f -> log.warn("Seed article failed: {}", f.line()));
        }, "seed-loader");
        thread.setDaemon(true);
        thread.start();
    }

    private boolean graphIsEmpty() {
        try {
            return !loader.graphHasArticles();
        } catch (RuntimeException e) {
            log.warn("Could not ask the graph database whether it holds articles ({}); the seed is not loaded."
                    + " Load it later with: java -jar storygraph.jar load {}", e.getMessage(), properties.seedDir());
            return false;
        }
    }
}
