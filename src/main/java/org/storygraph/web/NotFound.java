package org.storygraph.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Something the request names by id does not exist: answered with 404 and a problem detail. */
public class NotFound extends ErrorResponseException {

    public NotFound(String what, String id) {
        super(HttpStatus.NOT_FOUND, problem(what, id), null);
    }

    private static ProblemDetail problem(String what, String id) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No " + what + " with id " + id);
        problem.setTitle("Not found");
        problem.setProperty("id", id);
        return problem;
    }
}
