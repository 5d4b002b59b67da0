package org.storygraph.graph;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.summary.QueryType;
import org.springframework.stereotype.Component;

/**
 * Runs Cypher that a person typed (the console), unlike the named queries of {@link Graph}: always in READ
 * access mode, so the database itself refuses writes, with a transaction timeout and a cap on the rows read.
 */
@Component
public class AdHocCypher {

    private static final SessionConfig READ = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();

    private final Driver driver;
    private final GraphAvailability availability;

    public AdHocCypher(Driver driver, GraphAvailability availability) {
        this.driver = driver;
        this.availability = availability;
    }

    /** What the database would do with {@code explainQuery} (which must start with EXPLAIN): it is planned, not run. */
    public QueryType plannedType(String explainQuery, Map<String, Object> params, Duration timeout) {
        return availability.call(() -> {
            try (var session = driver.session(READ)) {
                return session.run(explainQuery, params, config(timeout)).consume().queryType();
            }
        });
    }

    /**
     * Runs the query in one read transaction and rolls it back: at most {@code maxRows} rows are read, and
     * {@code truncated} says whether there were more. The transaction is closed however this ends.
     */
    public <T> Rows<T> read(String query, Map<String, Object> params, Duration timeout, int maxRows,
                            Function<Record, T> mapper) {
        return availability.call(() -> readRows(query, params, timeout, maxRows, mapper));
    }

    private <T> Rows<T> readRows(String query, Map<String, Object> params, Duration timeout, int maxRows,
                                 Function<Record, T> mapper) {
        try (var session = driver.session(READ);
             var tx = session.beginTransaction(config(timeout))) {
            var result = tx.run(query, params);
            List<String> columns = result.keys();
            var rows = new ArrayList<T>();
            boolean truncated = false;
            while (result.hasNext()) {
                if (rows.size() == maxRows) {
                    truncated = true;
                    break;
                }
                rows.add(mapper.apply(result.next()));
            }
            // Nothing to keep; rolling back also ends a query whose remaining rows were not read.
            tx.rollback();
            return new Rows<>(columns, rows, truncated);
        }
    }

    private static TransactionConfig config(Duration timeout) {
        return TransactionConfig.builder().withTimeout(timeout).withMetadata(Map.of("app", "storygraph-console")).build();
    }

    public record Rows<T>(List<String> columns, List<T> rows, boolean truncated) {
    }
}
