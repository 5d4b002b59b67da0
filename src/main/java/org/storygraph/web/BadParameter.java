package org.storygraph.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A request parameter the API cannot use: answered with 400 and a problem detail naming the parameter. */
public class BadParameter extends ErrorResponseException {

    public BadParameter(String parameter, String detail) {
        super(HttpStatus.BAD_REQUEST, problem(parameter, detail), null);
    }

    private static ProblemDetail problem(String parameter, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Bad parameter");
        problem.setProperty("parameter", parameter);
        return problem;
    }
}
