package vn.steerboard.identity.internal;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.TransactionException;
import vn.steerboard.common.DatabaseOutage;

/**
 * Sessions live in the database (Spring Session JDBC), so a lost database also means a session that cannot be
 * read. The first such failure in a request propagates as it is (the request is answered 503, see
 * {@code web.ErrorPages}); after it, in the same request (the error page, Spring MVC's request-handled event), the
 * session is treated as absent instead of failing again, so the 503 answer itself does not become a 500.
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Configuration(proxyBeanMethods = false)
class SessionStoreGuard {

    @Bean
    FilterRegistrationBean<Filter> sessionStoreGuardFilter(
            @Value("${server.servlet.session.cookie.name:SESSION}") String cookieName) {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new GuardFilter(cookieName));
        // just inside Spring Session's filter, whose request wrapper reads the session from the database
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER + 1);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC,
                DispatcherType.FORWARD, DispatcherType.INCLUDE);
        return registration;
    }

    static final class GuardFilter implements Filter {
        private final String cookieName;

        GuardFilter(String cookieName) {
            this.cookieName = cookieName;
        }

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            chain.doFilter(request instanceof HttpServletRequest http ? new Guarded(http, cookieName) : request, response);
        }
    }

    static final class Guarded extends HttpServletRequestWrapper {
        private final String cookieName;

        Guarded(HttpServletRequest request, String cookieName) {
            super(request);
            this.cookieName = cookieName;
        }

        /** The session id the client sent; when the store is unreachable, as its cookie says, unchecked. */
        @Override
        public String getRequestedSessionId() {
            if (!DatabaseOutage.sessionStoreFailed(this)) {
                try {
                    return super.getRequestedSessionId();
                } catch (RuntimeException e) {
                    failed(e);
                }
            }
            Cookie[] cookies = getCookies();
            for (Cookie cookie : cookies == null ? new Cookie[0] : cookies) {
                if (cookieName.equals(cookie.getName()) && !cookie.getValue().isBlank()) {
                    return cookie.getValue();
                }
            }
            return null;
        }

        @Override
        public boolean isRequestedSessionIdValid() {
            if (!DatabaseOutage.sessionStoreFailed(this)) {
                try {
                    return super.isRequestedSessionIdValid();
                } catch (RuntimeException e) {
                    failed(e);
                }
            }
            return false;
        }

        @Override
        public HttpSession getSession() {
            return getSession(true);
        }

        @Override
        public HttpSession getSession(boolean create) {
            if (DatabaseOutage.sessionStoreFailed(this)) {
                if (create) {
                    throw new DataAccessResourceFailureException("The session store (the database) is not reachable");
                }
                return null;
            }
            try {
                return super.getSession(create);
            } catch (RuntimeException e) {
                failed(e);
                throw e;
            }
        }

        /** Remembers a failure of the store for the rest of the request; anything else is not the guard's to hide. */
        private void failed(RuntimeException e) {
            if (!(e instanceof DataAccessException || e instanceof TransactionException
                    || DatabaseOutage.isCause(e))) {
                throw e;
            }
            DatabaseOutage.markSessionStoreFailed(this);
        }
    }
}
