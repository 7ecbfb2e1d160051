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

/**
 * Authenticates "Authorization: Bearer ..." requests on the API: personal tokens ({@code sbp_...}, an account's own,
 * {@link AccountTokenAuthentication}) and the ADMIN's system tokens ({@code sbt_...}). A bearer token is for the API
 * only: pages and forms answer 401 to one. A refused token counts against the client address, as a wrong password does.
 */
class TokenAuthenticationFilter extends OncePerRequestFilter {

    private final ApiTokens tokens;
    private final ProblemResponses problems;
    private final SignInThrottle throttle;
    private final AccountTokenAuthentication personal;

    TokenAuthenticationFilter(ApiTokens tokens, AccountTokenAuthentication personal, ProblemResponses problems,
            SignInThrottle throttle) {
        this.tokens = tokens;
        this.personal = personal;
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
        if (!SecurityConfig.isApi(request)) {
            problems.write(request, response, 401, "unauthenticated", "Unauthenticated",
                    "API tokens are accepted on /api/ only; pages and forms need the sign-in page",
                    vn.steerboard.common.UserMessage.of("problem.auth.token.apiOnly"));
            return;
        }
        String secret = header.substring(7).strip();
        Optional<Actor> actor;
        String refusal = "problem.auth.token";
        if (AccountTokenAuthentication.isPersonal(secret)) {
            AccountTokenAuthentication.Check check = personal.check(secret);
            actor = Optional.ofNullable(check.actor());
            refusal = "problem.auth.token." + check.outcome().name().toLowerCase(java.util.Locale.ROOT);
        } else {
            actor = tokens.authenticate(secret);
        }
        if (actor.isEmpty()) {
            // counted against the client address (a token names no account), like a wrong password
            throttle.failed(null, request.getRemoteAddr());
            problems.write(request, response, 401, "unauthenticated", "Unauthenticated",
                    englishRefusal(refusal), vn.steerboard.common.UserMessage.of(refusal));
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

    private static String englishRefusal(String key) {
        return switch (key) {
            case "problem.auth.token.expired" -> "The API token has expired";
            case "problem.auth.token.revoked" -> "The API token has been revoked";
            case "problem.auth.token.account_disabled" -> "The API token's account is disabled";
            case "problem.auth.token.scope_lost" -> "The API token's scope is now wider than its account's";
            default -> "The API token is unknown, revoked or expired";
        };
    }
}
