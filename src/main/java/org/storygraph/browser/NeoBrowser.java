package org.storygraph.browser;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.storygraph.system.EmbeddedNeo4j;
import org.storygraph.system.StorygraphProperties;

/**
 * Neo4j Browser (the org.neo4j.client:neo4j-browser jar, its files under browser/ on the classpath), served
 * beside the embedded database only: an external server has its own Browser, and its own password.
 */
@Component
class NeoBrowser {

    static final String PATH = "/browser/";

    private final Optional<EmbeddedNeo4j> embedded;

    NeoBrowser(ObjectProvider<EmbeddedNeo4j> embedded, StorygraphProperties properties) {
        this.embedded = properties.neo4jBrowser().enabled() ? Optional.ofNullable(embedded.getIfAvailable()) : Optional.empty();
    }

    boolean isServed() {
        return embedded.isPresent();
    }

    /** Browser's own URL parameters: connect to the embedded Bolt port, with "No authentication" chosen. */
    String startUrl() {
        String bolt = embedded.orElseThrow().boltUri().toString();
        return PATH + "?dbms=" + URLEncoder.encode(bolt, StandardCharsets.UTF_8) + "&preselectAuthMethod=NO_AUTH";
    }
}
