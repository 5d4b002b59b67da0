package org.storygraph.system;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.neo4j.Neo4jConnectionDetails;
import org.springframework.stereotype.Component;

/** Says which Neo4j the app talks to, for people: never a password. */
@Component
public class ConnectedDatabase {

    private final Neo4jConnectionDetails connection;
    private final ObjectProvider<EmbeddedNeo4j> embedded;

    ConnectedDatabase(Neo4jConnectionDetails connection, ObjectProvider<EmbeddedNeo4j> embedded) {
        this.connection = connection;
        this.embedded = embedded;
    }

    public boolean isEmbedded() {
        return embedded.getIfAvailable() != null;
    }

    /** The Bolt or Neo4j URI without any user information. */
    public String uri() {
        URI uri = connection.getUri();
        try {
            return new URI(uri.getScheme(), null, uri.getHost(), uri.getPort(), uri.getPath(), null, null).toString();
        } catch (URISyntaxException e) {
            return uri.getScheme() + "://" + uri.getHost();
        }
    }

    /** Where the embedded store lives, if the database is embedded. */
    public Optional<String> dataDirectory() {
        return Optional.ofNullable(embedded.getIfAvailable()).map(server -> server.home().toString());
    }
}
