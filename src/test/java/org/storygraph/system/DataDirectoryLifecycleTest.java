package org.storygraph.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.storygraph.IntegrationTest;
import org.storygraph.StorygraphApplication;

/** Whole applications started and stopped on one data directory, as a user restarts the app. */
class DataDirectoryLifecycleTest {

    private final Path dataDir = IntegrationTest.temporaryDirectory("storygraph-lifecycle-");

    @Test
    void dataSurvivesARestartOnTheSameDirectory() {
        try (var first = start()) {
            try (var session = first.getBean(Driver.class).session()) {
                session.executeWriteWithoutResult(tx -> tx.run("CREATE (:Survivor {name: 'kept'})"));
            }
        }
        try (var second = start(); var session = second.getBean(Driver.class).session()) {
            var names = session.run("MATCH (s:Survivor) RETURN s.name AS name").list(r -> r.get("name").asString());
            assertThat(names).containsExactly("kept");
        }
    }

    @Test
    void aSecondAppOnADirectoryInUseFailsWithAMessageNamingIt() {
        try (var first = start()) {
            long started = System.nanoTime();
            Throwable failure = catchStart();
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("fails at once").isLessThan(Duration.ofSeconds(5));
            assertThat(failure).isInstanceOf(DataDirectoryInUseException.class);
            assertThat(failure.getMessage()).contains(dataDir.toAbsolutePath().normalize().toString()).contains("in use");
            var analysis = new DataDirectoryInUseFailureAnalyzer().analyze(failure);
            assertThat(analysis.getAction()).contains("--storygraph.data-dir").contains("spring.neo4j.uri");
            assertThat(first.isRunning()).isTrue();
        }
    }

    private Throwable catchStart() {
        try (var unexpected = start()) {
            return null;
        } catch (Exception e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof DataDirectoryInUseException) {
                    return t;
                }
            }
            return e;
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(StorygraphApplication.class).run(
                "--server.port=0",
                "--storygraph.embedded.bolt-port=0",
                "--storygraph.data-dir=" + dataDir,
                "--storygraph.load-on-start=false");
    }
}
