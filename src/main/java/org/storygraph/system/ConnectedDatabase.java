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

    /** Seconds a client should wait before asking again while the database is unreachable (Retry-After). */
    public static final String RETRY_AFTER_SECONDS = "5";

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
        return withoutUserInfo(connection.getUri());
    }

    static String withoutUserInfo(URI uri) {
        try {
            return new URI(uri.getScheme(), null, uri.getHost(), uri.getPort(), uri.getPath(), null, null).toString();
        } catch (URISyntaxException e) {
            return uri.getScheme() + "://" + uri.getHost();
        }
    }

    /** What a person needs to hear when the database does not answer: where it is, that the app waits, what to check. */
    public String unreachableMessage() {
        String check = isEmbedded()
                ? "the app's log and the embedded database's logs/debug.log under storygraph.data-dir"
                : "that the Neo4j server is running and that this machine can reach it at that address (spring.neo4j.uri)";
        return "The graph database at " + uri() + " cannot be reached. Storygraph reconnects by itself as soon as it"
                + " answers again, with no restart; meanwhile check " + check + ".";
    }

    /** Where the embedded store lives, if the database is embedded. */
    public Optional<String> dataDirectory() {
        return Optional.ofNullable(embedded.getIfAvailable()).map(server -> server.home().toString());
    }
}
