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

/** Applies {@code cypher/schema.cypher} at start-up, before anything else runs; every statement is idempotent. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class GraphSchema implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(GraphSchema.class);

    private final Driver driver;
    private final CypherFiles cypher;

    public GraphSchema(Driver driver, CypherFiles cypher) {
        this.driver = driver;
        this.cypher = cypher;
    }

    @Override
    public void run(ApplicationArguments args) {
        apply();
    }

    public void apply() {
        List<String> statements = cypher.script("schema.cypher");
        // Schema commands cannot share a transaction with each other, so each runs on its own.
        try (var session = driver.session()) {
            statements.forEach(statement -> session.run(statement).consume());
        }
        log.info("Applied {} schema statements from cypher/schema.cypher", statements.size());
    }
}
