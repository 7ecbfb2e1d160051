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
        int status;
        String detail = e.getMessage();
        EdgeText.UnstorableTextException text = cause(e, EdgeText.UnstorableTextException.class);
        if (text != null) {
            status = 400;
            String field = e instanceof MethodArgumentTypeMismatchException m ? m.getName() : text.field();
            detail = "Field '" + field + "' " + text.reason();
        } else if (e instanceof NotFoundException) {
            status = 404;
        } else if (e instanceof InvalidParameterException || e instanceof RejectedFileException
                || e instanceof MethodArgumentTypeMismatchException) {
            status = 400;
        } else if (e instanceof ConflictException || e instanceof org.springframework.dao.ConcurrencyFailureException) {
            status = 409;
            detail = e instanceof ConflictException ? e.getMessage() : "Changed by someone else at the same moment; nothing was changed";
        } else if (e instanceof PreconditionRequiredException) {
            status = 428;
        } else if (cause(e, PayloadTooLargeException.class) != null) {
            PayloadTooLargeException tooLarge = cause(e, PayloadTooLargeException.class);
            request.setAttribute("steerboard.limit", tooLarge.limit());
            status = 413;
            detail = tooLarge.getMessage();
        } else if (e instanceof org.springframework.web.multipart.MaxUploadSizeExceededException) {
            status = 413;
            detail = "The upload is larger than the limit";
        } else if (ErrorPages.isDatabaseDown(e)) {
            status = 503;
            detail = null;
            request.setAttribute(jakarta.servlet.RequestDispatcher.ERROR_EXCEPTION, e);
        } else if (e instanceof ErrorResponse known) {
            status = known.getStatusCode().value();
            detail = known.getBody().getDetail();
        } else {
            status = 500;
            detail = null;
            org.slf4j.LoggerFactory.getLogger(EdgeExceptions.class).error("Unanswered error on {}", request.getRequestURI(), e);
        }
        try {
            if (detail == null) {
                response.sendError(status);
            } else {
                response.sendError(status, detail);
            }
        } catch (IOException | IllegalStateException committed) {
            // the answer had begun; nothing more can be said
        }
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
