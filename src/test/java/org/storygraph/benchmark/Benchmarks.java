package org.storygraph.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.neo4j.driver.Driver;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.storygraph.StorygraphApplication;
import org.storygraph.graph.CypherFiles;
import org.storygraph.graph.Graph;
import org.storygraph.graph.GraphAvailability;
import org.storygraph.graph.GraphSchema;

/** What the benchmarks share. */
final class Benchmarks {

    private Benchmarks() {
    }

    /** The app's Graph over a Driver of the benchmark's own, outside any Spring context. */
    static Graph graph(Driver driver, CypherFiles cypher) {
        return new Graph(driver, cypher, new GraphAvailability(driver, new GraphSchema(driver, cypher)));
    }

    /** The whole app (web server on a free port) on its own store, quiet, without the seeds. */
    static ConfigurableApplicationContext startApp(Path store) {
        return new SpringApplicationBuilder(StorygraphApplication.class).run("--storygraph.data-dir=" + store,
                "--storygraph.embedded.bolt-port=0", "--storygraph.load-on-start=false", "--server.port=0",
                "--logging.level.root=WARN");
    }

    static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete " + dir, e);
        }
    }
}
