package org.storygraph.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.storygraph.IntegrationTest;
import org.storygraph.ingest.write.GraphWriter;
import org.storygraph.ingest.write.StoryFixture;

class GenerateCommandTest extends IntegrationTest {

    @Autowired
    GenerateCommand command;

    @Autowired
    GraphWriter writer;

    @Autowired
    Driver driver;

    @Test
    void refusesADatabaseHoldingLoadedArticlesAndWritesNothing() {
        writer.write(new StoryFixture("gen" + UUID.randomUUID().toString().substring(0, 8) + "-").articleA());
        var out = new ByteArrayOutputStream();
        PrintStream console = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            command.run(new DefaultApplicationArguments("generate", "--events", "20"));
        } finally {
            System.setOut(console);
        }
        assertThat(command.getExitCode()).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("holds", "loaded articles", "--storygraph.data-dir");
        try (var session = driver.session()) {
            assertThat(session.run("MATCH (a:Article) WHERE a.id STARTS WITH 'synthetic-' RETURN count(a) AS n")
                    .single().get("n").asLong()).isZero();
        }
    }

    @Test
    void optionsComeWithOrWithoutEqualsAndBadOnesAreNamed() {
        assertThat(GenerateOptions.parse(List.of("--events", "1000", "--seed=7")))
                .isEqualTo(new GenerateOptions(1000, 100, 7));
        assertThatThrownBy(() -> GenerateOptions.parse(List.of("--events", "many")))
                .hasMessageContaining("--events must be a whole number, not 'many'");
        assertThatThrownBy(() -> GenerateOptions.parse(List.of("--entities", "5"))).hasMessageContaining("--events is required");
        assertThatThrownBy(() -> GenerateOptions.parse(List.of("--events", "5", "--speed", "2")))
                .hasMessageContaining("Unknown option: --speed");
    }
}
