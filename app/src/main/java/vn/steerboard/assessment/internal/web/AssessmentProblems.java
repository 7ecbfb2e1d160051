package vn.steerboard.assessment.internal.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.steerboard.assessment.InvalidFrameworkException;
import vn.steerboard.assessment.RateLimitedException;

/** Problem details of the assessment API: 429 with Retry-After, and a refused framework with every line and field. */
@RestControllerAdvice(basePackageClasses = AssessmentProblems.class)
class AssessmentProblems {

    private final MessageSource messages;

    AssessmentProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(RateLimitedException.class)
    ProblemDetail limited(RateLimitedException e, HttpServletResponse response) {
        response.setHeader("Retry-After", String.valueOf(e.retryAfterSeconds()));
        return problem(HttpStatus.TOO_MANY_REQUESTS, "too-many-attempts", "Too many attempts", e.getMessage());
    }

    @ExceptionHandler(vn.steerboard.assessment.NotYoursException.class)
    ProblemDetail notYours(vn.steerboard.assessment.NotYoursException e) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", e.getMessage());
    }

    @ExceptionHandler(InvalidFrameworkException.class)
    ProblemDetail invalid(InvalidFrameworkException e) {
        Locale locale = LocaleContextHolder.getLocale();
        List<Map<String, Object>> errors = e.problems().stream().map(p -> Map.<String, Object>of("line", p.line(),
                "field", p.field(), "code", p.message(), "message", messages.getMessage(p.message(), null, p.message(), locale)))
                .toList();
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-framework", "Framework definition refused, nothing stored",
                errors.size() + " problem(s) in the definition; nothing was stored");
        problem.setProperty("errors", errors);
        return problem;
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(java.net.URI.create("https://steerboard.gov.vn/problems/" + type));
        return problem;
    }
}
