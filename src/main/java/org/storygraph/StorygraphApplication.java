package org.storygraph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.storygraph.generate.GenerateCommand;
import org.storygraph.ingest.LoadCommand;
import org.storygraph.semeval.SemevalCommand;
import org.storygraph.semeval.SemevalScoreCommand;

@SpringBootApplication
@ConfigurationPropertiesScan
public class StorygraphApplication {

    public static void main(String[] args) {
        if (SemevalScoreCommand.isRequested(args)) {
            // Plain file work: no database, no language models.
            System.exit(SemevalScoreCommand.run(args, System.out));
        }
        if (SemevalCommand.isRequested(args)) {
            // A benchmark run must not mix its articles into anyone's graph: a throwaway store on a free port.
            Path store = temporaryStore();
            List<String> withStore = new ArrayList<>(List.of(args));
            withStore.addAll(List.of("--storygraph.data-dir=" + store, "--storygraph.embedded.bolt-port=0",
                    "--storygraph.load-on-start=false"));
            int exitCode = runCommand(withStore.toArray(String[]::new));
            deleteRecursively(store);
            System.exit(exitCode);
        }
        if (LoadCommand.isRequested(args)) {
            System.exit(runCommand(args));
        }
        if (GenerateCommand.isRequested(args)) {
            // never the seeds: a synthetic store holds only synthetic articles
            List<String> withoutSeeds = new ArrayList<>(List.of(args));
            withoutSeeds.add("--storygraph.load-on-start=false");
            System.exit(runCommand(withoutSeeds.toArray(String[]::new)));
        }
        SpringApplication.run(StorygraphApplication.class, args);
    }

    /** A command, not a server: no web server, and the exit code tells how it went. */
    private static int runCommand(String[] args) {
        var app = new SpringApplication(StorygraphApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        return SpringApplication.exit(app.run(args));
    }

    private static Path temporaryStore() {
        try {
            return Files.createTempDirectory("storygraph-semeval-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary directory for the benchmark's database", e);
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("Could not delete " + dir + ": " + e.getMessage());
        }
    }
}
