package org.storygraph.graph;

import java.util.List;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Applies {@code cypher/schema.cypher} at start-up, before anything else runs; every statement is idempotent.
 * If the database cannot be reached then, the app starts anyway (answering 503) and {@link GraphAvailability}
 * applies the schema before the first query that reaches it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class GraphSchema implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(GraphSchema.class);

    private final Driver driver;
    private final CypherFiles cypher;
    private volatile boolean pending = true;

    public GraphSchema(Driver driver, CypherFiles cypher) {
        this.driver = driver;
        this.cypher = cypher;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            apply();
        } catch (RuntimeException e) {
            if (!GraphAvailability.isUnreachable(e)) {
                throw e;
            }
            log.warn("The graph database cannot be reached at start-up ({}); the schema is applied once it answers",
                    e.getMessage());
        }
    }

    public synchronized void apply() {
        List<String> statements = cypher.script("schema.cypher");
        // Schema commands cannot share a transaction with each other, so each runs on its own.
        try (var session = driver.session()) {
            statements.forEach(statement -> session.run(statement).consume());
        }
        pending = false;
        log.info("Applied {} schema statements from cypher/schema.cypher", statements.size());
    }

    boolean pending() {
        return pending;
    }

    synchronized void applyIfPending() {
        if (pending) {
            apply();
        }
    }
}
