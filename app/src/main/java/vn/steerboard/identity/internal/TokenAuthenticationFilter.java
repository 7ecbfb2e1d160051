package vn.steerboard.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.steerboard.identity.Actor;
import vn.steerboard.identity.ActorPrincipal;

/** Authenticates "Authorization: Bearer sbt_..." requests from other systems. */
class TokenAuthenticationFilter extends OncePerRequestFilter {

    private final ApiTokens tokens;
    private final ProblemResponses problems;
    private final SignInThrottle throttle;

    TokenAuthenticationFilter(ApiTokens tokens, ProblemResponses problems, SignInThrottle throttle) {
        this.tokens = tokens;
        this.problems = problems;
        this.throttle = throttle;
    }

    record TokenPrincipal(Actor actor) implements ActorPrincipal {
        @Override
        public String toString() {
            return actor.name();
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Actor> actor = tokens.authenticate(header.substring(7).strip());
        if (actor.isEmpty()) {
            // counted against the client address (a token names no account), like a wrong password
            throttle.failed(null, request.getRemoteAddr());
            problems.write(request, response, 401, "unauthenticated", "Unauthenticated",
                    "The API token is unknown, revoked or expired", vn.steerboard.common.UserMessage.of("problem.auth.token"));
            return;
        }
        var authentication = UsernamePasswordAuthenticationToken.authenticated(new TokenPrincipal(actor.get()), null,
                UserAccount.authorities(actor.get().role()));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
