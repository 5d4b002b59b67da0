package org.storygraph.query;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.summary.QueryType;
import org.springframework.stereotype.Service;
import org.storygraph.graph.AdHocCypher;
import org.storygraph.graph.GraphAvailability;
import org.storygraph.graph.Graph;
import org.storygraph.system.StorygraphProperties;
import org.storygraph.web.BadParameter;

/**
 * Runs a query typed in the console, read-only in depth: the keyword screen, then the mode of every procedure it
 * calls, then EXPLAIN's query type, and finally a READ transaction (which the database itself keeps from
 * writing) with a timeout and a row cap.
 */
@Service
class CypherConsole {

    /** "(line 1, column 17 (offset: 16))" in Neo4j's syntax error messages. */
    private static final Pattern POSITION = Pattern.compile("\\(line (\\d+), column (\\d+) \\(offset: (\\d+)\\)\\)");

    private final AdHocCypher cypher;
    private final Graph graph;
    private final StorygraphProperties.Query limits;

    CypherConsole(AdHocCypher cypher, Graph graph, StorygraphProperties properties) {
        this.cypher = cypher;
        this.graph = graph;
        this.limits = properties.query();
    }

    CypherResult run(CypherRequest request) {
        if (request == null || request.query() == null || request.query().isBlank()) {
            throw new BadParameter("query", "The query is empty");
        }
        String query = request.query();
        Map<String, Object> params = request.params() == null ? Map.of() : request.params();
        var verdict = ReadOnlyScreen.screen(query);
        if (verdict.refusal() != null) {
            throw QueryProblem.refused(verdict.refusal());
        }
        long started = System.nanoTime();
        try {
            refuseProceduresThatDoNotOnlyRead(verdict.procedures());
            QueryType type = planned(verdict, params);
            if (type != QueryType.READ_ONLY) {
                throw QueryProblem.refused("Neo4j plans this query as " + type + ", not READ_ONLY");
            }
            var rows = cypher.read(query, params, limits.timeout(), limits.maxRows(), JsonValues::row);
            return new CypherResult(rows.columns(), rows.rows(), rows.truncated(),
                    (System.nanoTime() - started) / 1_000_000);
        } catch (Neo4jException e) {
            throw problem(e, 0);
        }
    }

    private void refuseProceduresThatDoNotOnlyRead(List<String> procedures) {
        if (procedures.isEmpty()) {
            return;
        }
        var modes = graph.read("procedure-modes", Map.of("names", procedures),
                r -> Map.entry(r.get("name").asString(), r.get("mode").asString()));
        for (var procedure : modes) {
            if (!procedure.getValue().equals("READ")) {
                throw QueryProblem.refused("the procedure " + procedure.getKey() + " runs in " + procedure.getValue()
                        + " mode; the console calls only READ procedures");
            }
        }
    }

    private QueryType planned(ReadOnlyScreen.Verdict verdict, Map<String, Object> params) {
        try {
            return cypher.plannedType(verdict.explainQuery(), params, limits.timeout());
        } catch (Neo4jException e) {
            throw problem(e, verdict.explainShift());
        }
    }

    /** shift: characters put before the user's query, taken back out of reported positions. */
    private RuntimeException problem(Neo4jException e, int shift) {
        if (GraphAvailability.isUnreachable(e)) {
            // Not the query's fault: answered with 503 like every other call while the database is away.
            return e;
        }
        String code = e.code() == null ? "" : e.code();
        String message = e.getMessage() == null ? code : e.getMessage();
        if (code.endsWith("SyntaxError") || code.endsWith("InvalidSyntax")) {
            return syntaxError(message, e, shift);
        }
        if (code.contains("TimedOut") || (code.endsWith("Transaction.Terminated") && message.contains("timeout"))) {
            return QueryProblem.timedOut(limits.timeout());
        }
        if (code.endsWith("AccessMode") || code.endsWith("ForbiddenDueToTransactionType")) {
            return QueryProblem.refused("Neo4j refused to write: " + firstLine(message));
        }
        if (code.contains("MemoryPoolOutOfMemoryError")) {
            return QueryProblem.tooBig(firstLine(message));
        }
        return QueryProblem.failed(code, message);
    }

    /** Neo4j's message without the excerpt it quotes (which would show EXPLAIN), positions as the user typed them. */
    private static QueryProblem syntaxError(String message, Neo4jException e, int shift) {
        Map<String, Integer> position = position(e, message);
        String text = message;
        int excerpt = text.indexOf("\n\"");
        if (excerpt >= 0) {
            text = text.substring(0, excerpt);
        }
        if (position != null) {
            var shifted = new HashMap<>(position);
            shifted.put("offset", Math.max(0, position.get("offset") - shift));
            if (position.get("line") == 1) {
                shifted.put("column", Math.max(1, position.get("column") - shift));
            }
            position = shifted;
            Matcher m = POSITION.matcher(text);
            text = m.replaceAll("(line " + position.get("line") + ", column " + position.get("column")
                    + " (offset: " + position.get("offset") + "))");
        }
        return QueryProblem.syntax(text.strip(), position);
    }

    private static Map<String, Integer> position(Neo4jException e, String message) {
        Value recorded = e.diagnosticRecord() == null ? null : e.diagnosticRecord().get("_position");
        if (recorded != null && !recorded.isNull() && recorded.containsKey("offset")) {
            return Map.of("line", recorded.get("line").asInt(), "column", recorded.get("column").asInt(),
                    "offset", recorded.get("offset").asInt());
        }
        Matcher m = POSITION.matcher(message);
        if (m.find()) {
            return Map.of("line", Integer.parseInt(m.group(1)), "column", Integer.parseInt(m.group(2)),
                    "offset", Integer.parseInt(m.group(3)));
        }
        return null;
    }

    private static String firstLine(String message) {
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
