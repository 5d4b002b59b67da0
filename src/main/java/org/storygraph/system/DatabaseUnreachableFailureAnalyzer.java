package org.storygraph.system;

import java.net.URI;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/**
 * A command (such as {@code load}) that needs the database and cannot reach it ends with two readable lines,
 * not a stack trace. The web app itself starts without the database and answers 503 until it is back.
 */
class DatabaseUnreachableFailureAnalyzer extends AbstractFailureAnalyzer<ServiceUnavailableException> {

    private final Environment environment;

    DatabaseUnreachableFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ServiceUnavailableException cause) {
        String configured = environment.getProperty("spring.neo4j.uri");
        String uri = configured == null ? "the embedded Neo4j" : ConnectedDatabase.withoutUserInfo(URI.create(configured));
        return new FailureAnalysis(
                "The graph database at " + uri + " cannot be reached: " + cause.getMessage(),
                "Start the Neo4j server, or check spring.neo4j.uri and that this machine can reach that address;"
                        + " then run the command again.",
                cause);
    }
}
