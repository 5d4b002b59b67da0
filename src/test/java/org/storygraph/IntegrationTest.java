package org.storygraph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The one application context the integration tests share: a real HTTP server on a random port and a
 * real embedded Neo4j on a free Bolt port, with its store in a temporary directory.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class IntegrationTest {

    protected static final Path DATA_DIR = temporaryDirectory("storygraph-test-");

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void embeddedDatabase(DynamicPropertyRegistry registry) {
        registry.add("storygraph.data-dir", DATA_DIR::toString);
        registry.add("storygraph.embedded.bolt-port", () -> "0");
        registry.add("storygraph.load-on-start", () -> "false");
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    public static Path temporaryDirectory(String prefix) {
        try {
            Path dir = Files.createTempDirectory(prefix);
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
