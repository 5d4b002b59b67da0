package org.storygraph.system;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Every {@code storygraph.*} setting; the README's configuration table lists the same ones.
 *
 * @param dataDir  where the embedded Neo4j keeps its store and logs (ignored with an external server)
 * @param embedded settings of the embedded Neo4j
 */
@Validated
@ConfigurationProperties("storygraph")
public record StorygraphProperties(
        @NotNull @DefaultValue("data") Path dataDir,
        @Valid @DefaultValue Embedded embedded) {

    /** @param boltPort the loopback port the embedded Bolt connector listens on; 0 picks a free one */
    public record Embedded(@Min(0) @Max(65535) @DefaultValue("7687") int boltPort) {
    }
}
