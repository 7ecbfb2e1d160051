package vn.steerboard.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * CSRF protection is skipped for requests with Basic or Bearer credentials, because a cross-site page cannot send
 * them. Such a request is never authenticated by the session cookie ({@link HeaderSecurityContextRepository}); this
 * check, after the authentication filters, refuses a changing one that its header did not authenticate, so that
 * an Authorization header never switches CSRF off by itself.
 */
class HeaderAuthenticationCheck extends OncePerRequestFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private final ProblemResponses problems;

    HeaderAuthenticationCheck(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (HeaderCredentials.scheme(request) != null && !SAFE.contains(request.getMethod())
                && !HeaderCredentials.isFormSignInOrOut(request)) {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication == null || !authentication.isAuthenticated()
                    || authentication instanceof AnonymousAuthenticationToken) {
                problems.write(request, response, 401, "unauthenticated", "Unauthenticated",
                        "The Authorization header did not authenticate this request; a request that changes something"
                                + " needs valid credentials in it, or a session with its CSRF token",
                        vn.steerboard.common.UserMessage.of("problem.auth.header"));
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
