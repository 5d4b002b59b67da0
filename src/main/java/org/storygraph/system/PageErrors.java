package org.storygraph.system;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * The pages' side of an unreachable database: a readable 503 page instead of a 500. Ordered after the API's
 * advice, which answers the same errors of {@code @RestController}s with a problem detail.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrors {

    private static final String VIEW = "error/503";

    private final ConnectedDatabase database;

    PageErrors(ConnectedDatabase database) {
        this.database = database;
    }

    @ExceptionHandler({ServiceUnavailableException.class, SessionExpiredException.class})
    ModelAndView databaseUnreachable(HttpServletResponse response) {
        response.setHeader(HttpHeaders.RETRY_AFTER, ConnectedDatabase.RETRY_AFTER_SECONDS);
        return new ModelAndView(VIEW, Map.of("message", database.unreachableMessage(), "database", database.uri()),
                HttpStatus.SERVICE_UNAVAILABLE);
    }
}
