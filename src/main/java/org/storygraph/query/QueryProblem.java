package org.storygraph.query;

import java.time.Duration;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Why the console did not answer a query with rows: an RFC 9457 problem detail. */
class QueryProblem extends ErrorResponseException {

    private QueryProblem(HttpStatus status, ProblemDetail problem) {
        super(status, problem, null);
    }

    /** The console only reads: 400, before or after the query reached the database. */
    static QueryProblem refused(String reason) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The console only reads: " + reason + ". To change the graph, use Neo4j Browser (/browser/) or cypher-shell.");
        problem.setTitle("Query refused");
        return new QueryProblem(HttpStatus.BAD_REQUEST, problem);
    }

    /** Neo4j could not parse the query: 400 with its message and where it stopped (line and column from 1). */
    static QueryProblem syntax(String message, Map<String, Integer> position) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message);
        problem.setTitle("Syntax error");
        if (position != null) {
            problem.setProperty("position", position);
        }
        return new QueryProblem(HttpStatus.BAD_REQUEST, problem);
    }

    /**
     * The database stopped the query at the time limit. 422 rather than 408: 408 says the client was too slow to
     * send its request, and clients may resend it on their own; here the request itself asks for too much.
     */
    static QueryProblem timedOut(Duration limit) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
                "The query ran longer than the console's limit of " + limit.toMillis() + " ms and was stopped."
                        + " Narrow it down (a LIMIT, a more selective MATCH) and run it again.");
        problem.setTitle("Query timed out");
        problem.setProperty("timeoutMillis", limit.toMillis());
        return new QueryProblem(HttpStatus.UNPROCESSABLE_ENTITY, problem);
    }

    /** The query needed more memory than the database lets one transaction have: 422, for the same reason. */
    static QueryProblem tooBig(String message) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, message);
        problem.setTitle("Query too big");
        return new QueryProblem(HttpStatus.UNPROCESSABLE_ENTITY, problem);
    }

    /** Any other error Neo4j reports for the query (an unknown procedure, a missing parameter, a type error). */
    static QueryProblem failed(String code, String message) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message);
        problem.setTitle("Query failed");
        problem.setProperty("code", code);
        return new QueryProblem(HttpStatus.BAD_REQUEST, problem);
    }
}
