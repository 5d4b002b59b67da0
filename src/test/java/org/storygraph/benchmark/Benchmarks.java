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

    /** Whether a command the benchmarks use is on the PATH; says how to install it when not. */
    static boolean installed(String command) throws IOException, InterruptedException {
        if (new ProcessBuilder("sh", "-c", "command -v " + command).start().waitFor() == 0) {
            return true;
        }
        System.out.println(command + " is not installed: apt-get install -y " + command
                + ", then run again for the figures it gives");
        return false;
    }

    static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete " + dir, e);
        }
    }
}
