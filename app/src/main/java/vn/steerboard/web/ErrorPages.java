package vn.steerboard.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.Locale;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;
import vn.steerboard.common.DatabaseOutage;
import vn.steerboard.common.FileRefusal;
import vn.steerboard.common.ProblemTexts;
import vn.steerboard.identity.AccessPolicy;

/**
 * Every error that is not answered where it happened ends here (filters, security, size limits, a lost database,
 * unknown routes, anything unexpected): an API request or a non-browser client gets an RFC 9457 problem detail, a
 * browser an HTML page in its language. Replaces Spring Boot's error controller and its default bodies.
 */
// command-line jobs run without a web server
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication(type = org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type.SERVLET)
@Controller
class ErrorPages implements ErrorController {

    static final String TYPE_BASE = "https://steerboard.gov.vn/problems/";

    private final ErrorAttributes errors;
    private final MessageSource messages;
    private final AccessPolicy access;
    private final ProblemTexts texts;

    ErrorPages(ErrorAttributes errors, MessageSource messages, AccessPolicy access, ProblemTexts texts) {
        this.errors = errors;
        this.messages = messages;
        this.access = access;
        this.texts = texts;
    }

    /** What an error comes to: its status, and the detail known where it happened (null when there is none to say). */
    private record Outcome(int status, String detail) {}

    @RequestMapping("/error")
    Object error(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Throwable error = errors.getError(new ServletWebRequest(request));
        if (error == null && request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable t) {
            error = t;
        }
        String path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri ? uri : request.getRequestURI();
        Outcome outcome = outcome(request, error);
        if (outcome.status() == 500 && error != null) {
            org.slf4j.LoggerFactory.getLogger(ErrorPages.class).error("Unanswered error on {}", path, error);
        }
        if (outcome.status() == 503) {
            response.setHeader("Retry-After", "30");
        }
        return wantsHtml(request, path) ? page(request, outcome.status(), error, path, locale) : problem(request, outcome, error, path);
    }

    /** The status the error stands for, and the detail it carries: a lost database is a 503 whatever was caught. */
    private static Outcome outcome(HttpServletRequest request, Throwable error) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 404;
        String detail = request.getAttribute(RequestDispatcher.ERROR_MESSAGE) instanceof String m && !m.isBlank() ? m : null;
        // the session store failing first is an outage too, whatever exception reached here after it
        if (DatabaseOutage.isCause(error) || DatabaseOutage.sessionStoreFailed(request)) {
            return new Outcome(503, null);
        }
        if (error instanceof vn.steerboard.common.PayloadTooLargeException tooLarge) {
            request.setAttribute("steerboard.limit", tooLarge.limit());
            return new Outcome(413, tooLarge.getMessage());
        }
        if (error instanceof ErrorResponse known && detail == null) {
            return new Outcome(known.getStatusCode().value(), known.getBody().getDetail());
        }
        return new Outcome(status, detail);
    }

    /** The HTML page in the browser's language: the status's title and text, and what was wrong when it is known. */
    private ModelAndView page(HttpServletRequest request, int status, Throwable error, String path, Locale locale) {
        ModelAndView page = new ModelAndView("error");
        page.setStatus(HttpStatus.valueOf(status));
        page.addObject("status", status);
        page.addObject("titleKey", "error.title." + (messages.getMessage("error.title." + status, null, null, locale) == null
                ? "other" : status));
        page.addObject("textKey", "error.text." + (messages.getMessage("error.text." + status, null, null, locale) == null
                ? "other" : status));
        page.addObject("limit", request.getAttribute("steerboard.limit"));
        if (error instanceof vn.steerboard.common.InvalidParameterException bad) {
            // the page names what was wrong in the user's language (the API says it in its problem details)
            page.addObject("badParameter", bad.parameter());
            page.addObject("badValue", shortened(bad.value()));
        }
        vn.steerboard.common.EdgeText.UnstorableTextException unstorable = EdgeExceptions.cause(error,
                vn.steerboard.common.EdgeText.UnstorableTextException.class);
        if (unstorable != null) {
            // text refused where a parameter is bound: the parameter named, its value with what was refused escaped
            var mismatch = EdgeExceptions.cause(error,
                    org.springframework.web.method.annotation.MethodArgumentTypeMismatchException.class);
            page.addObject("badParameter", mismatch != null ? mismatch.getName() : unstorable.field());
            page.addObject("badValue", mismatch != null && mismatch.getValue() instanceof String raw
                    ? shortened(vn.steerboard.common.EdgeText.visible(raw)) : "");
        }
        vn.steerboard.identity.Actor actor = safeActor();
        page.addObject("actor", actor); // from the session, no database: a signed-in user is shown as signed in
        // sessions are in the database: in an outage the node cannot read them, but the session cookie says one is kept
        page.addObject("signedIn", status == 503 && (actor != null || request.getRequestedSessionId() != null));
        page.addObject("currentPath", path);
        return page;
    }

    private static String shortened(String value) {
        return value == null || value.length() <= 80 ? value : value.substring(0, 80) + "…";
    }

    /**
     * The RFC 9457 answer. A server's failure, or an error with nothing of its own to say, gets the bundles' detail
     * for its status in the client's language (Accept-Language: vi, else English, as every API answer).
     */
    private ResponseEntity<ProblemDetail> problem(HttpServletRequest request, Outcome outcome, Throwable error, String path) {
        int status = outcome.status();
        String detail = outcome.detail();
        Locale answer = ProblemTexts.answerLocale(request);
        boolean english = ProblemTexts.isEnglish(answer);
        if (error instanceof vn.steerboard.common.PayloadTooLargeException tooLarge && status == 413) {
            detail = texts.describe(tooLarge, answer);
        } else if (status == 413 && !english && request.getAttribute("steerboard.limit") != null) {
            // the request limits refuse a declared length before reading anything, in English words
            detail = messages.getMessage("problem.tooLarge.request", new Object[] {request.getAttribute("steerboard.limit")},
                    answer);
        } else if (detail == null || status >= 500 || (error instanceof ErrorResponse && !english)) {
            // Spring's own refusals (no such route, a method not taken) are worded in English only
            detail = messages.getMessage("error.detail." + status, null, messages.getMessage("error.detail.other", null,
                    answer), answer);
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), detail);
        // an upload refused for its size is a file too large, not any request
        boolean file = status == 413 && request.getContentType() != null
                && request.getContentType().toLowerCase(Locale.ROOT).startsWith("multipart/");
        problem.setType(URI.create(TYPE_BASE + (file ? FileRefusal.TOO_LARGE.type() : type(status))));
        problem.setTitle(file ? FileRefusal.TOO_LARGE.title() : HttpStatus.valueOf(status).getReasonPhrase());
        problem.setInstance(URI.create(path == null ? "/" : path));
        if (request.getAttribute("steerboard.limit") != null) {
            problem.setProperty("limit", request.getAttribute("steerboard.limit"));
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static String type(int status) {
        return switch (status) {
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 413 -> "too-large";
            case 415 -> "unsupported-media-type";
            case 503 -> "unavailable";
            default -> status >= 500 ? "server-error" : "bad-request";
        };
    }

    private vn.steerboard.identity.Actor safeActor() {
        try {
            return access.current().orElse(null);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** A browser asking for a page: not the API, and HTML among what it accepts. */
    static boolean wantsHtml(HttpServletRequest request, String path) {
        if (path != null && (path.startsWith("/api/") || path.equals("/api"))) {
            return false;
        }
        String accept = request.getHeader("Accept");
        return accept != null && accept.toLowerCase(Locale.ROOT).contains("text/html");
    }
}
