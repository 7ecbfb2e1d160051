package vn.steerboard.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Writes RFC 9457 problem details from security filters, which run before Spring MVC. */
@Component
class ProblemResponses {

    private final JsonMapper json = JsonMapper.builder().build();
    private final vn.steerboard.common.ProblemTexts texts;

    ProblemResponses(vn.steerboard.common.ProblemTexts texts) {
        this.texts = texts;
    }

    /** The detail in English, or in Vietnamese ({@code said}) for a client that asks for it (Accept-Language: vi). */
    void write(HttpServletRequest request, HttpServletResponse response, int status, String type, String title,
            String detail, vn.steerboard.common.UserMessage said) throws IOException {
        java.util.Locale locale = vn.steerboard.common.ProblemTexts.answerLocale(request);
        write(request, response, status, type, title, said == null || vn.steerboard.common.ProblemTexts.isEnglish(locale)
                ? detail : texts.describe(said, locale));
    }

    void write(HttpServletRequest request, HttpServletResponse response, int status, String type, String title,
            String detail) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), detail);
        problem.setType(URI.create("https://steerboard.gov.vn/problems/" + type));
        problem.setTitle(texts.title(type, status, title, vn.steerboard.common.ProblemTexts.answerLocale(request)));
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getWriter(), problem);
    }
}
