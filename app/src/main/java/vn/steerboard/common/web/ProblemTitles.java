package vn.steerboard.common.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;
import vn.steerboard.common.ProblemTexts;

/**
 * Every RFC 9457 answer the application writes through Spring MVC (every module's handlers, the error controller)
 * gets its {@code title} in the answer's language, as its {@code detail} already is: Vietnamese words from the
 * bundles for a client that asks for Vietnamese, the English title unchanged for every other client. The security
 * filters, which answer before Spring MVC, do the same through {@code ProblemTexts.title}.
 */
@ControllerAdvice
class ProblemTitles implements ResponseBodyAdvice<Object> {

    private final ProblemTexts texts;

    ProblemTitles(ProblemTexts texts) {
        this.texts = texts;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
            Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request, ServerHttpResponse response) {
        if (body instanceof ProblemDetail problem && request instanceof ServletServerHttpRequest servlet) {
            HttpServletRequest http = servlet.getServletRequest();
            problem.setTitle(texts.title(typeOf(problem), problem.getStatus(), problem.getTitle(),
                    ProblemTexts.answerLocale(http)));
        }
        return body;
    }

    /** The last part of the problem's type URI ({@code https://…/problems/not-found}: {@code not-found}). */
    static String typeOf(ProblemDetail problem) {
        String type = problem.getType() == null ? null : problem.getType().toString();
        if (type == null || !type.startsWith(ApiProblemHandler.TYPE_BASE)) {
            return null;
        }
        return type.substring(ApiProblemHandler.TYPE_BASE.length());
    }
}
