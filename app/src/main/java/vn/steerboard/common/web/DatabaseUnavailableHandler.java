package vn.steerboard.common.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * An API call that cannot reach the database is answered at once with 503 problem details and Retry-After, within
 * Hikari's connection timeout ({@code spring.datasource.hikari.connection-timeout}, 3 s) rather than hanging: the
 * node stays up, its readiness probe goes down, and it serves again by itself when the database returns (Hikari
 * opens new connections). Nothing was changed: the transaction never began or was rolled back. Pages get the same
 * answer as an HTML page through {@code web.ErrorPages}.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class DatabaseUnavailableHandler {

    static final String RETRY_AFTER_SECONDS = "30";
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DatabaseUnavailableHandler.class);

    private final MessageSource messages;

    DatabaseUnavailableHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler({CannotGetJdbcConnectionException.class, DataAccessResourceFailureException.class,
            CannotCreateTransactionException.class})
    ResponseEntity<ProblemDetail> unavailable(Exception e, HttpServletRequest request) {
        log.warn("Database unavailable on {} {}: {}", request.getMethod(), request.getRequestURI(), e.toString());
        // in the client's language, as the title (ProblemTitles): Vietnamese for Accept-Language: vi, else English
        Locale answer = vn.steerboard.common.ProblemTexts.answerLocale(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                messages.getMessage("error.detail.503", null, "The database is not reachable", answer));
        problem.setType(URI.create(ApiProblemHandler.TYPE_BASE + "unavailable"));
        problem.setTitle(HttpStatus.SERVICE_UNAVAILABLE.getReasonPhrase());
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
