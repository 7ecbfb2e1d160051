package vn.steerboard.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in attempt (form, HTTP Basic or API token) while its account or client address is in a back-off
 * delay or locked: 429 with Retry-After, before any credential is checked, so that no thread waits. The counting
 * itself happens where attempts fail ({@link SignInAuditListener}, {@link TokenAuthenticationFilter}).
 */
class SignInThrottleFilter extends OncePerRequestFilter {

    static final String THROTTLED_PAGE = "/error/throttled";
    private static final Logger log = LoggerFactory.getLogger(SignInThrottleFilter.class);

    private final SignInThrottle throttle;
    private final ProblemResponses problems;

    SignInThrottleFilter(SignInThrottle throttle, ProblemResponses problems) {
        this.throttle = throttle;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HeaderCredentials.Scheme scheme = HeaderCredentials.scheme(request);
        // the form sign-in checks the form's user name, whatever Authorization header comes with it
        boolean form = "POST".equals(request.getMethod())
                && request.getRequestURI().equals(request.getContextPath() + "/login");
        if (scheme == null && !form) {
            chain.doFilter(request, response);
            return;
        }
        String account = form ? request.getParameter("username")
                : scheme == HeaderCredentials.Scheme.BASIC ? HeaderCredentials.basicUsername(request) : null;
        Optional<SignInThrottle.Refusal> refusal = throttle.check(account, request.getRemoteAddr());
        if (refusal.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        SignInThrottle.Refusal r = refusal.get();
        log.info("Sign-in refused ({} {} {} until {}) from {}", r.locked() ? "locked" : "back-off", r.kind(), r.subject(),
                r.until(), request.getRemoteAddr());
        response.setHeader("Retry-After", String.valueOf(r.retryAfterSeconds()));
        String whom = r.kind() == SignInThrottle.Kind.ACCOUNT ? "for this account" : "from this address";
        String detail = r.locked()
                ? "Too many failed sign-ins " + whom + ": locked until " + r.until() + " (or until an ADMIN lifts the lock)"
                : "Too many failed sign-ins " + whom + ": try again in " + r.retryAfterSeconds() + " s";
        // a forward would run the authentication filters again on the page, Authorization header included
        if (form && scheme == null) {
            request.setAttribute("throttledSeconds", r.retryAfterSeconds());
            request.setAttribute("throttledLocked", r.locked());
            response.setStatus(429);
            request.getRequestDispatcher(THROTTLED_PAGE).forward(request, response);
        } else {
            int whose = r.kind() == SignInThrottle.Kind.ACCOUNT ? 0 : 1;
            vn.steerboard.common.UserMessage said = r.locked()
                    ? vn.steerboard.common.UserMessage.of("problem.signIn.locked", whose,
                            r.until().atZoneSameInstant(vn.steerboard.common.VietnamTime.ZONE).toLocalTime()
                                    .format(java.time.format.DateTimeFormatter.ofPattern("HH:mm")),
                            r.until().atZoneSameInstant(vn.steerboard.common.VietnamTime.ZONE).toLocalDate())
                    : vn.steerboard.common.UserMessage.of("problem.signIn.backOff", whose, r.retryAfterSeconds());
            problems.write(request, response, 429, "too-many-sign-in-attempts", "Too many failed sign-ins", detail, said);
        }
    }
}
