package org.storygraph.web;

import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.storygraph.system.ConnectedDatabase;

/**
 * Every API error as an RFC 9457 problem detail. Spring MVC's own exceptions already get one from the base
 * class; a parameter of the wrong type also names the parameter, like {@link BadParameter} does. An unreachable
 * database is a 503 with Retry-After (pages get {@code error/503.html} from {@code system.PageErrors}).
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors extends ResponseEntityExceptionHandler {

    private final ConnectedDatabase database;

    ApiErrors(ConnectedDatabase database) {
        this.database = database;
    }

    /** 503, not 500: nothing is wrong with the request or the app, and the answer comes back by itself. */
    @ExceptionHandler({ServiceUnavailableException.class, SessionExpiredException.class})
    ResponseEntity<ProblemDetail> databaseUnreachable() {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, database.unreachableMessage());
        problem.setTitle("Graph database unreachable");
        problem.setProperty("database", database.uri());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, ConnectedDatabase.RETRY_AFTER_SECONDS)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String parameter = ex.getPropertyName();
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "'" + ex.getValue() + "' is not a valid value for " + parameter);
        problem.setTitle("Bad parameter");
        problem.setProperty("parameter", parameter);
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The parameter " + ex.getParameterName() + " is required");
        problem.setTitle("Bad parameter");
        problem.setProperty("parameter", ex.getParameterName());
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }
}
