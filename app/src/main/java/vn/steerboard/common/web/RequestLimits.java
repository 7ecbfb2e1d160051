package vn.steerboard.common.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The size limits of a request, enforced before anything reads the body: a declared length above the limit is
 * answered 413 at once (naming the limit), and a body without a declared length is counted as it is read and cut
 * off at the limit. Multipart uploads (spreadsheets, evidence) have their own, larger limit. Runs before security,
 * so an anonymous caller cannot make the server read 1 GB either.
 */
// command-line jobs run without a web server
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication(type = org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type.SERVLET)
@Configuration
class RequestLimits {

    /** Set on the request when a limit is exceeded, for the error page: the limit's name. */
    static final String LIMIT_ATTRIBUTE = "steerboard.limit";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> requestSizeLimit(
            @Value("${steerboard.limits.max-body-bytes:16777216}") long maxBody,
            @Value("${steerboard.limits.max-upload-bytes:33554432}") long maxUpload) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String type = request.getContentType();
                boolean upload = type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
                long limit = upload ? maxUpload : maxBody;
                String name = megabytes(limit) + (upload ? " per upload (multipart request)" : " per request body");
                long declared = request.getContentLengthLong();
                if (declared > limit) {
                    refuse(request, response, name, declared);
                    return;
                }
                chain.doFilter(declared >= 0 ? request : new Counted(request, limit, name), response);
            }
        });
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        registration.addUrlPatterns("/*");
        return registration;
    }

    static String megabytes(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
    }

    static void refuse(HttpServletRequest request, HttpServletResponse response, String limit, long size) throws IOException {
        request.setAttribute(LIMIT_ATTRIBUTE, limit);
        response.setHeader("Connection", "close");
        response.sendError(413, "The request is larger than the limit of " + limit
                + (size >= 0 ? " (" + size + " bytes declared)" : "") + "; nothing was read or written");
    }

    /** A body without a declared length, cut off at the limit. */
    private static final class Counted extends HttpServletRequestWrapper {

        private final long limit;
        private final String name;
        private ServletInputStream stream;

        Counted(HttpServletRequest request, long limit, String name) {
            super(request);
            this.limit = limit;
            this.name = name;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream inner = super.getInputStream();
                stream = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = inner.read();
                        if (b >= 0) {
                            count(1);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = inner.read(buffer, offset, length);
                        if (n > 0) {
                            count(n);
                        }
                        return n;
                    }

                    private void count(int n) {
                        read += n;
                        if (read > limit) {
                            throw new vn.steerboard.common.PayloadTooLargeException(name,
                                    "The request is larger than the limit of " + name + "; nothing was written")
                                    .because("problem.tooLarge.request", name);
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return inner.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return inner.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        inner.setReadListener(listener);
                    }
                };
            }
            return stream;
        }
    }
}
