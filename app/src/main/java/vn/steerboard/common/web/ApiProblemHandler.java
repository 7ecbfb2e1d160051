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

    private final vn.steerboard.common.ProblemTexts texts;

    ApiProblemHandler(vn.steerboard.common.ProblemTexts texts) {
        this.texts = texts;
    }

    /**
     * Vietnamese when the client asks for it first (Accept-Language: vi), English otherwise: API clients that ask for
     * no language keep the English details they have always had.
     */
    static java.util.Locale answerLocale(HttpServletRequest request) {
        return vn.steerboard.common.ProblemTexts.answerLocale(request);
    }

    static final String TYPE_BASE = "https://steerboard.gov.vn/problems/";

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e, HttpServletRequest request) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", texts.describe(e, answerLocale(request)), request);
    }

    @ExceptionHandler(InvalidParameterException.class)
    ProblemDetail invalidParameter(InvalidParameterException e, HttpServletRequest request) {
        // a refused file says what is wrong with it in its type and title (too large, a type not accepted, macros…)
        vn.steerboard.common.FileRefusal file = e.fileRefusal();
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, file == null ? "invalid-parameter" : file.type(),
                file == null ? "Invalid parameter" : file.title(), texts.describe(e, answerLocale(request)), request);
        problem.setProperty("parameter", e.parameter());
        problem.setProperty("value", e.value());
        return problem;
    }

    /** A body that is not the expected JSON: say where, in Jackson's own words (field path, line, column). */
    @ExceptionHandler(org.springframework.http.converter.HttpMessageNotReadableException.class)
    ProblemDetail unreadable(org.springframework.http.converter.HttpMessageNotReadableException e,
            HttpServletRequest request) {
        vn.steerboard.common.EdgeText.UnstorableTextException text = cause(e, vn.steerboard.common.EdgeText.UnstorableTextException.class);
        if (text != null) {
            return unstorable(text.field(), text, request);
        }
        vn.steerboard.common.PayloadTooLargeException tooLarge = cause(e, vn.steerboard.common.PayloadTooLargeException.class);
        if (tooLarge != null) {
            return tooLarge(tooLarge, request);
        }
        Throwable cause = e.getMostSpecificCause();
        String detail = cause == null || cause == e ? e.getMessage() : cause.getMessage();
        java.util.Locale locale = answerLocale(request);
        if (!vn.steerboard.common.ProblemTexts.isEnglish(locale)) {
            // Jackson's words are English: say what is wrong, and where when Jackson knows the line and column
            tools.jackson.core.TokenStreamLocation at = cause instanceof tools.jackson.core.JacksonException j ? j.getLocation() : null;
            detail = at == null || at.getLineNr() < 1 ? texts.describe(vn.steerboard.common.UserMessage.of("problem.body.unreadable"), locale)
                    : texts.describe(vn.steerboard.common.UserMessage.of("problem.body.unreadableAt", at.getLineNr(), at.getColumnNr()), locale);
        }
        return problem(HttpStatus.BAD_REQUEST, "unreadable-body", "Request body not understood",
                detail == null ? "The request body is missing or not valid JSON" : detail.lines().findFirst().orElse(detail),
                request);
    }

    /** At most this many problems are listed in one answer; {@code errorCount} says how many there were. */
    static final int MAX_ERRORS_LISTED = 1000;

    @ExceptionHandler(RejectedFileException.class)
    ProblemDetail rejectedFile(RejectedFileException e, HttpServletRequest request) {
        java.util.Locale locale = answerLocale(request);
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, e.type(), e.title(),
                texts.describe(e, locale), request);
        if (!vn.steerboard.common.ProblemTexts.isEnglish(locale)) {
            problem.setProperty("messages", e.problems().stream().limit(MAX_ERRORS_LISTED)
                    .map(p -> texts.describe(p, locale)).toList());
        }
        int count = e.problems().size();
        problem.setProperty("errors", count > MAX_ERRORS_LISTED ? e.problems().subList(0, MAX_ERRORS_LISTED) : e.problems());
        problem.setProperty("errorCount", count);
        if (count > MAX_ERRORS_LISTED) {
            problem.setProperty("errorsListed", MAX_ERRORS_LISTED);
        }
        return problem;
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e, HttpServletRequest request) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "conflict", "Conflict with the current state",
                texts.describe(e, answerLocale(request)), request);
        if (e.current() != null) {
            problem.setProperty("current", e.current());
        }
        return problem;
    }

    @ExceptionHandler(vn.steerboard.common.PreconditionRequiredException.class)
    ProblemDetail preconditionRequired(vn.steerboard.common.PreconditionRequiredException e, HttpServletRequest request) {
        ProblemDetail problem = problem(HttpStatus.PRECONDITION_REQUIRED, "precondition-required",
                "The decision must name what it was shown", texts.describe(e, answerLocale(request)), request);
        problem.setProperty("parameter", e.field());
        return problem;
    }

    @ExceptionHandler(vn.steerboard.common.PayloadTooLargeException.class)
    ProblemDetail tooLarge(vn.steerboard.common.PayloadTooLargeException e, HttpServletRequest request) {
        ProblemDetail problem = problem(HttpStatus.CONTENT_TOO_LARGE, "too-large", "Request too large",
                texts.describe(e, answerLocale(request)), request);
        problem.setProperty("limit", e.limit());
        return problem;
    }

    @ExceptionHandler(vn.steerboard.common.EdgeText.UnstorableTextException.class)
    ProblemDetail unstorableText(vn.steerboard.common.EdgeText.UnstorableTextException e, HttpServletRequest request) {
        return unstorable(e.field(), e, request);
    }

    private ProblemDetail unstorable(String field, vn.steerboard.common.EdgeText.UnstorableTextException e,
            HttpServletRequest request) {
        java.util.Locale locale = answerLocale(request);
        String detail = vn.steerboard.common.ProblemTexts.isEnglish(locale) || e.userMessage() == null
                ? "Field '" + field + "' " + e.reason() : texts.describeUnstorable(field, e.userMessage(), locale);
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-text", "Text that cannot be stored", detail, request);
        problem.setProperty("parameter", field);
        return problem;
    }

    static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        vn.steerboard.common.EdgeText.UnstorableTextException text = cause(e, vn.steerboard.common.EdgeText.UnstorableTextException.class);
        if (text != null) {
            return unstorable(e.getName(), text, request);
        }
        return invalidParameter(expected(e.getName(), e.getValue(), e.getRequiredType()), request);
    }

    /** Query parameters bound to a filter record: the first bad field is named with the value given. */
    @ExceptionHandler(org.springframework.validation.BindException.class)
    ProblemDetail unbindable(org.springframework.validation.BindException e, HttpServletRequest request) {
        org.springframework.validation.FieldError field = e.getFieldError();
        if (field == null) {
            return problem(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid parameter", "The request's parameters"
                    + " could not be read", request);
        }
        return invalidParameter(expected(field.getField(), field.getRejectedValue(), e.getFieldType(field.getField())), request);
    }

    /** A value that does not convert to the parameter's type: say which values or which type would. */
    private static InvalidParameterException expected(String name, Object value, Class<?> type) {
        if (type == null) {
            return new InvalidParameterException(name, value, "expected a valid value").because("reason.expected.valid");
        }
        if (type.isEnum()) {
            String values = java.util.Arrays.toString(type.getEnumConstants());
            return new InvalidParameterException(name, value, "expected one of " + values).because("reason.expected.oneOf", values);
        }
        String kind = type == java.time.LocalDate.class ? "date" : Number.class.isAssignableFrom(type) || type.isPrimitive()
                ? "number" : "other";
        return new InvalidParameterException(name, value, "expected a value of type " + type.getSimpleName())
                .because("reason.expected." + kind, type.getSimpleName());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missing(MissingServletRequestParameterException e, HttpServletRequest request) {
        java.util.Locale locale = answerLocale(request);
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "missing-parameter", "Missing parameter",
                vn.steerboard.common.ProblemTexts.isEnglish(locale) ? "Required parameter '" + e.getParameterName() + "' is missing"
                        : texts.describe(vn.steerboard.common.UserMessage.of("problem.parameter.missing",
                                texts.label(e.getParameterName(), locale)), locale), request);
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
