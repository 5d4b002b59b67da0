package org.storygraph.graph;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;

/** Runs named queries inside one open transaction, so several of them commit or roll back together. */
public final class GraphTransaction {

    private final TransactionContext tx;
    private final CypherFiles cypher;

    GraphTransaction(TransactionContext tx, CypherFiles cypher) {
        this.tx = tx;
        this.cypher = cypher;
    }

    public <T> List<T> read(String queryName, Map<String, Object> params, Function<Record, T> mapper) {
        return tx.run(cypher.query(queryName), params).list(mapper::apply);
    }

    public void write(String queryName, Map<String, Object> params) {
        tx.run(cypher.query(queryName), params).consume();
    }
}
