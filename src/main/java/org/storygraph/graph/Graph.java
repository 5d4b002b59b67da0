package org.storygraph.graph;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.springframework.stereotype.Component;

/** Runs the named queries of {@code cypher/queries} through the Driver, in managed transactions. */
@Component
public class Graph {

    private final Driver driver;
    private final CypherFiles cypher;
    private final GraphAvailability availability;

    public Graph(Driver driver, CypherFiles cypher, GraphAvailability availability) {
        this.driver = driver;
        this.cypher = cypher;
        this.availability = availability;
    }

    public <T> List<T> read(String queryName, Map<String, Object> params, Function<Record, T> mapper) {
        String query = cypher.query(queryName);
        return availability.call(() -> {
            try (var session = driver.session(SessionConfig.defaultConfig())) {
                return session.executeRead(tx -> tx.run(query, params).list(mapper::apply));
            }
        });
    }

    public void write(String queryName, Map<String, Object> params) {
        String query = cypher.query(queryName);
        availability.call(() -> {
            try (var session = driver.session(SessionConfig.defaultConfig())) {
                session.executeWriteWithoutResult(tx -> tx.run(query, params).consume());
            }
            return null;
        });
    }

    /** Runs several reads in one read transaction: one round of session and transaction set-up, one snapshot. */
    public <T> T inReadTransaction(Function<GraphTransaction, T> work) {
        return availability.call(() -> {
            try (var session = driver.session(SessionConfig.defaultConfig())) {
                return session.executeRead(tx -> work.apply(new GraphTransaction(tx, cypher)));
            }
        });
    }

    /**
     * Runs {@code work} in one write transaction: everything it writes commits together or not at all.
     * The Driver retries the whole of {@code work} on transient failures (such as a deadlock), so it must
     * not have side effects outside the transaction.
     */
    public void inWriteTransaction(Consumer<GraphTransaction> work) {
        availability.call(() -> {
            try (var session = driver.session(SessionConfig.defaultConfig())) {
                session.executeWriteWithoutResult(tx -> work.accept(new GraphTransaction(tx, cypher)));
            }
            return null;
        });
    }

}
