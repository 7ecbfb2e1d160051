package vn.steerboard.programme.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A task filter that does not bind ({@code ?status=DONE}, {@code ?deadlineFrom=tomorrow}) is a 400 problem naming
 * the parameter and its value, like every other bad parameter of the API.
 */
@RestControllerAdvice(assignableTypes = {TaskFigureApiController.class, TaskSpreadsheetApiController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class FilterBindingProblems {

    @ExceptionHandler(BindException.class)
    ProblemDetail unbound(BindException e, HttpServletRequest request) {
        FieldError error = e.getFieldError();
        String parameter = error == null ? "filter" : error.getField();
        Object value = error == null ? null : error.getRejectedValue();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Parameter '" + parameter + "' has a value that is not allowed: " + value);
        problem.setType(URI.create("https://steerboard.gov.vn/problems/invalid-parameter"));
        problem.setTitle("Invalid parameter");
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("parameter", parameter);
        problem.setProperty("value", value);
        return problem;
    }
}
