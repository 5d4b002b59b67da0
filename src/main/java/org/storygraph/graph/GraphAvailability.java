package org.storygraph.graph;

import java.util.function.Supplier;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The door every query goes through. Once the database could not be reached, each later call first tries one
 * connection ({@link Driver#verifyConnectivity()}, no retries) and fails at once while that fails, instead of
 * waiting out the Driver's retries on every request; the first call that connects again finishes any schema
 * left unapplied and lets traffic through. No restart is ever needed.
 */
@Component
public class GraphAvailability {

    private static final Logger log = LoggerFactory.getLogger(GraphAvailability.class);

    private final Driver driver;
    private final GraphSchema schema;
    private volatile boolean reachable = true;

    public GraphAvailability(Driver driver, GraphSchema schema) {
        this.driver = driver;
        this.schema = schema;
    }

    /** True when the error, or any cause of it, says the database could not be reached (rather than refused a query). */
    public static boolean isUnreachable(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ServiceUnavailableException || t instanceof SessionExpiredException) {
                return true;
            }
        }
        return false;
    }

    /** Runs work against the database, noting when it could not be reached. */
    public <T> T call(Supplier<T> work) {
        if (!reachable || schema.pending()) {
            reconnect();
        }
        try {
            return work.get();
        } catch (RuntimeException e) {
            if (isUnreachable(e)) {
                markUnreachable(e);
            }
            throw e;
        }
    }

    private void reconnect() {
        try {
            driver.verifyConnectivity();
            schema.applyIfPending();
        } catch (RuntimeException e) {
            if (isUnreachable(e)) {
                markUnreachable(e);
            }
            throw e;
        }
        if (!reachable) {
            reachable = true;
            log.info("The graph database answers again");
        }
    }

    void markUnreachable(RuntimeException e) {
        if (reachable) {
            reachable = false;
            log.warn("The graph database cannot be reached ({}); answering 503 until it can", e.getMessage());
        }
    }
}
