package org.storygraph.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * A request under /api (or to /oembed) that no controller takes (an unknown path, a method the path does not answer) is still
 * answered with a problem detail; {@link ApiErrors} only sees requests a controller took. Anything else, such
 * as a page that does not exist, goes on to the HTML error pages.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class UnmappedApiRequests {

    /** The JSON API and oEmbed, as springdoc documents them. */
    private static final List<String> API = List.of("/api/", "/oembed");

    @ExceptionHandler({NoResourceFoundException.class, HttpRequestMethodNotSupportedException.class})
    ResponseEntity<ProblemDetail> unmapped(Exception exception, HttpServletRequest request) throws Exception {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (API.stream().noneMatch(path::startsWith) || !(exception instanceof ErrorResponse error)) {
            // Rethrown as it came, the next resolver answers it as before: the page's 404 or 405.
            throw exception;
        }
        ProblemDetail problem = error.getBody();
        if (exception instanceof NoResourceFoundException) {
            problem.setDetail("There is no " + request.getMethod() + " " + path + " in the API; /v3/api-docs lists every endpoint");
        }
        return ResponseEntity.status(error.getStatusCode()).headers(error.getHeaders()).body(problem);
    }
}
