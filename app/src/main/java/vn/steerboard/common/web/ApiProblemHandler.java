package vn.steerboard.common.web;

import vn.steerboard.common.RejectedFileException;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import vn.steerboard.common.InvalidParameterException;
import vn.steerboard.common.NotFoundException;
import vn.steerboard.common.ConflictException;

/** Turns the API's exceptions into RFC 9457 problem details whose detail says what is wrong. */
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiProblemHandler {

    static final String TYPE_BASE = "https://steerboard.gov.vn/problems/";

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e, HttpServletRequest request) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage(), request);
    }

    @ExceptionHandler(InvalidParameterException.class)
    ProblemDetail invalidParameter(InvalidParameterException e, HttpServletRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid parameter",
                e.getMessage(), request);
        problem.setProperty("parameter", e.parameter());
        problem.setProperty("value", e.value());
        return problem;
    }

    /** A body that is not the expected JSON: say where, in Jackson's own words (field path, line, column). */
    @ExceptionHandler(org.springframework.http.converter.HttpMessageNotReadableException.class)
    ProblemDetail unreadable(org.springframework.http.converter.HttpMessageNotReadableException e,
            HttpServletRequest request) {
        Throwable cause = e.getMostSpecificCause();
        String detail = cause == null || cause == e ? e.getMessage() : cause.getMessage();
        return problem(HttpStatus.BAD_REQUEST, "unreadable-body", "Request body not understood",
                detail == null ? "The request body is missing or not valid JSON" : detail.lines().findFirst().orElse(detail),
                request);
    }

    @ExceptionHandler(RejectedFileException.class)
    ProblemDetail rejectedFile(RejectedFileException e, HttpServletRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "rejected-file", e.title(),
                e.getMessage(), request);
        problem.setProperty("errors", e.problems());
        return problem;
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e, HttpServletRequest request) {
        return problem(HttpStatus.CONFLICT, "conflict", "Conflict with the current state", e.getMessage(), request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        String expected = e.getRequiredType() == null ? "a valid value"
                : e.getRequiredType().isEnum()
                        ? "one of " + java.util.Arrays.toString(e.getRequiredType().getEnumConstants())
                        : "a value of type " + e.getRequiredType().getSimpleName();
        return invalidParameter(new InvalidParameterException(e.getName(), e.getValue(), "expected " + expected),
                request);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missing(MissingServletRequestParameterException e, HttpServletRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "missing-parameter", "Missing parameter",
                "Required parameter '" + e.getParameterName() + "' is missing", request);
        problem.setProperty("parameter", e.getParameterName());
        return problem;
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail invalidInput(IllegalArgumentException e, HttpServletRequest request) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input", e.getMessage(), request);
    }

    static ProblemDetail problem(HttpStatus status, String type, String title, String detail,
            HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(title);
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }
}
