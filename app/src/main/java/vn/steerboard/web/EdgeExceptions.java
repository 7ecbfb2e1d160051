package vn.steerboard.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.beans.PropertyEditorSupport;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import vn.steerboard.common.ConflictException;
import vn.steerboard.common.EdgeText;
import vn.steerboard.common.InvalidParameterException;
import vn.steerboard.common.NotFoundException;
import vn.steerboard.common.PayloadTooLargeException;
import vn.steerboard.common.PreconditionRequiredException;
import vn.steerboard.common.RejectedFileException;

/**
 * The edge of every controller, pages and API alike: each request parameter, path variable and header bound to a
 * String passes {@link EdgeText} (the JSON bodies pass it in their deserialiser); and every exception no closer
 * handler answered becomes its status here, rendered by {@link ErrorPages} as a problem detail or an HTML page.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class EdgeExceptions {

    @InitBinder
    void checkedText(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                setValue(EdgeText.accept("parameter", text));
            }
        });
    }

    @ExceptionHandler(Exception.class)
    void unanswered(Exception e, HttpServletRequest request, HttpServletResponse response) throws Exception {
        if (e instanceof AccessDeniedException || e instanceof AuthenticationException) {
            throw e; // security answers these, and audits them
        }
        if (e instanceof org.springframework.web.context.request.async.AsyncRequestNotUsableException
                || cause(e, org.apache.catalina.connector.ClientAbortException.class) != null) {
            return; // the client went away (a closed live page): nobody to answer
        }
        Answer answer = answer(e, request);
        try {
            if (answer.detail() == null) {
                response.sendError(answer.status());
            } else {
                response.sendError(answer.status(), answer.detail());
            }
        } catch (IOException | IllegalStateException committed) {
            // the answer had begun; nothing more can be said
        }
    }

    /** The status an exception stands for and the detail to say (null: the error page's own words for the status). */
    private record Answer(int status, String detail) {}

    private static Answer answer(Exception e, HttpServletRequest request) {
        EdgeText.UnstorableTextException text = cause(e, EdgeText.UnstorableTextException.class);
        if (text != null) {
            String field = e instanceof MethodArgumentTypeMismatchException m ? m.getName() : text.field();
            return new Answer(400, "Field '" + field + "' " + text.reason());
        }
        Answer refused = refusal(e);
        if (refused != null) {
            return refused;
        }
        PayloadTooLargeException tooLarge = cause(e, PayloadTooLargeException.class);
        if (tooLarge != null) {
            request.setAttribute("steerboard.limit", tooLarge.limit());
            return new Answer(413, tooLarge.getMessage());
        }
        if (e instanceof org.springframework.web.multipart.MaxUploadSizeExceededException) {
            return new Answer(413, "The upload is larger than the limit");
        }
        if (vn.steerboard.common.DatabaseOutage.isCause(e)) {
            request.setAttribute(jakarta.servlet.RequestDispatcher.ERROR_EXCEPTION, e);
            return new Answer(503, null);
        }
        if (e instanceof ErrorResponse known) {
            return new Answer(known.getStatusCode().value(), known.getBody().getDetail());
        }
        org.slf4j.LoggerFactory.getLogger(EdgeExceptions.class).error("Unanswered error on {}", request.getRequestURI(), e);
        return new Answer(500, null);
    }

    /** The application's own refusals of what was asked: not found, invalid, in conflict, unversioned; else null. */
    private static Answer refusal(Exception e) {
        if (e instanceof NotFoundException) {
            return new Answer(404, e.getMessage());
        }
        if (e instanceof InvalidParameterException || e instanceof RejectedFileException
                || e instanceof MethodArgumentTypeMismatchException) {
            return new Answer(400, e.getMessage());
        }
        if (e instanceof ConflictException || e instanceof org.springframework.dao.ConcurrencyFailureException) {
            return new Answer(409, e instanceof ConflictException ? e.getMessage()
                    : "Changed by someone else at the same moment; nothing was changed");
        }
        return e instanceof PreconditionRequiredException ? new Answer(428, e.getMessage()) : null;
    }

    static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
