package org.storygraph.system;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Every {@code storygraph.*} setting; the README's configuration table lists the same ones.
 *
 * @param dataDir     where the embedded Neo4j keeps its store and logs (ignored with an external server)
 * @param embedded    settings of the embedded Neo4j
 * @param loadOnStart load {@code seedDir} when the app starts on a database without articles
 * @param seedDir     the articles loaded on a first start
 * @param loader      settings of the article loader
 * @param query       limits of the Cypher console ({@code /query}, {@code POST /api/cypher})
 * @param neo4jBrowser Neo4j Browser at {@code /browser/}, beside the embedded database
 * @param publicUrl   the app's address as others reach it, for embed snippets and oEmbed; null means the
 *                    address each request came in on
 */
@Validated
@ConfigurationProperties("storygraph")
public record StorygraphProperties(
        @NotNull @DefaultValue("data") Path dataDir,
        @Valid @DefaultValue Embedded embedded,
        @DefaultValue("true") boolean loadOnStart,
        @NotNull @DefaultValue("seed") Path seedDir,
        @Valid @DefaultValue Loader loader,
        @Valid @DefaultValue Query query,
        @DefaultValue Neo4jBrowser neo4jBrowser,
        URI publicUrl) {

    /** @param boltPort the loopback port the embedded Bolt connector listens on; 0 picks a free one */
    public record Embedded(@Min(0) @Max(65535) @DefaultValue("7687") int boltPort) {
    }

    /**
     * @param workers         articles extracted at once; 0 means one per processor core
     * @param maxArticleBytes articles larger than this are refused with an error
     * @param writeBatch      articles written per transaction: fewer round trips and commits per article
     */
    public record Loader(@Min(0) @DefaultValue("0") int workers,
                         @Min(1) @DefaultValue("2000000") long maxArticleBytes,
                         @Min(1) @DefaultValue("200") int writeBatch) {

        public int effectiveWorkers() {
            return workers > 0 ? workers : Runtime.getRuntime().availableProcessors();
        }
    }

    /**
     * @param timeout a console query still running after this is stopped by the database
     * @param maxRows the console returns at most this many rows and says when there were more
     */
    public record Query(@NotNull @DefaultValue("5s") Duration timeout,
                        @Min(1) @Max(100_000) @DefaultValue("1000") int maxRows) {
    }

    /** @param enabled serve Neo4j Browser at /browser/ when the database is the embedded one */
    public record Neo4jBrowser(@DefaultValue("true") boolean enabled) {
    }
}
