package vn.steerboard.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;
import vn.steerboard.audit.AuditEvent;
import vn.steerboard.audit.AuditTrail;
import vn.steerboard.identity.AccessPolicy;

/**
 * Who may reach what. Pages sign in with a form and a session; other systems use bearer
 * tokens; scripts may use HTTP Basic. Unit-level rules live in {@link AccessPolicy}.
 */
// Command-line jobs run without a web server and so without a security filter chain
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Configuration
class SecurityConfig {

    static final RequestMatcher API = request -> request.getRequestURI().startsWith("/api/");

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ApiTokens tokens, AccountTokenAuthentication personalTokens,
            ProblemResponses problems,
            AuditTrail audit, SignInThrottle throttle) throws Exception {
        authorise(http);
        signIn(http, problems);
        // Calls with Basic or Bearer credentials cannot be forged cross-site, so they skip CSRF; they are never
        // authenticated by the session cookie, and one that its header did not authenticate is refused
        // (HeaderAuthenticationCheck). Sessions, the form sign-in and sign-out keep CSRF.
        http.securityContext(context -> context.securityContextRepository(new HeaderSecurityContextRepository()));
        http.csrf(csrf -> csrf.ignoringRequestMatchers(request -> HeaderCredentials.scheme(request) != null
                && !HeaderCredentials.isFormSignInOrOut(request)));
        http.exceptionHandling(ex -> ex
                .defaultAuthenticationEntryPointFor((request, response, e) -> unauthenticated(problems, request, response, e), API)
                .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                        request -> true)
                .accessDeniedHandler((request, response, e) -> accessDenied(problems, audit, request, response, e)));
        http.addFilterBefore(new SignInThrottleFilter(throttle, problems), UsernamePasswordAuthenticationFilter.class);
        http.addFilterBefore(new TokenAuthenticationFilter(tokens, personalTokens, problems, throttle), BasicAuthenticationFilter.class);
        http.addFilterAfter(new HeaderAuthenticationCheck(problems), BasicAuthenticationFilter.class);
        http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'")));
        return http.build();
    }

    /** The paths open to all, the public self-assessment, the administration for ADMIN, everything else signed in. */
    private static void authorise(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/", "/login", "/error", "/error/**", "/registry", "/registry/**", "/open/**", "/css/**", "/js/**",
                        "/webjars/**", "/live/**", "/favicon.ico", "/actuator/health", "/actuator/health/**",
                        "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                // the enterprise self-assessment is public: its services know the enterprise from its session alone
                // and refuse staff credentials; changes keep CSRF (issue 17)
                .requestMatchers("/assessment", "/assessment/**", "/api/assessment/csrf", "/api/assessment/enterprises",
                        "/api/assessment/enterprises/link", "/api/assessment/session", "/api/assessment/me",
                        "/api/assessment/me/**", "/api/assessment/national").permitAll()
                .requestMatchers(HttpMethod.GET, "/api/assessment/frameworks", "/api/assessment/frameworks/**").permitAll()
                .requestMatchers("/api/org-units/*/focal-point").authenticated()
                .requestMatchers(HttpMethod.GET, "/api/org-units", "/api/org-units/**").permitAll()
                .requestMatchers("/api/admin/**", "/admin/**").hasRole("ADMIN")
                .anyRequest().authenticated());
    }

    /** The form sign-in and sign-out for pages, HTTP Basic for scripts. */
    private static void signIn(HttpSecurity http, ProblemResponses problems) throws Exception {
        http.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll()
                .failureHandler((request, response, e) -> {
                    if (e instanceof InternalAuthenticationServiceException) {
                        response.sendError(503); // the database is unreachable: not a wrong password
                    } else {
                        response.sendRedirect(request.getContextPath() + "/login?error");
                    }
                }));
        http.logout(logout -> logout.logoutSuccessUrl("/"));
        http.httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> unauthenticated(problems, request,
                response, e)));
    }

    /**
     * A refusal of the role or of the unit's rules: audited (the unit's rules audit their own), then a 403 problem to
     * the API, naming four eyes when that is the reason, or the forbidden page in the reader's language.
     */
    private static void accessDenied(ProblemResponses problems, AuditTrail audit, HttpServletRequest request,
            jakarta.servlet.http.HttpServletResponse response, org.springframework.security.access.AccessDeniedException e)
            throws java.io.IOException, jakarta.servlet.ServletException {
        if (!(e instanceof AccessPolicy.AccessRefusedException)) {
            audit.recordRefusal(new AuditEvent("ACCESS_DENIED", "url", request.getMethod() + " "
                    + request.getRequestURI(), null, null, null, e.getMessage()));
        }
        String detail = e instanceof AccessPolicy.AccessRefusedException ? e.getMessage()
                : "Your role may not " + request.getMethod() + " " + request.getRequestURI();
        vn.steerboard.common.UserMessage explained = e instanceof vn.steerboard.common.UserMessage.Explained x
                ? x.userMessage() : null;
        if (API.matches(request)) {
            boolean fourEyes = e instanceof AccessPolicy.FourEyesException;
            vn.steerboard.common.UserMessage said = explained != null ? explained
                    : vn.steerboard.common.UserMessage.of("problem.access.role", request.getMethod(), request.getRequestURI());
            problems.write(request, response, 403, fourEyes ? "four-eyes" : "forbidden",
                    fourEyes ? "Four eyes: not your own" : "Forbidden", detail, said);
            return;
        }
        request.setAttribute("refusal", detail);
        if (explained != null) {
            // the page says it in the reader's language; the English detail is for API clients
            request.setAttribute("refusalKey", explained.key());
            request.setAttribute("refusalArgs", explained.args().toArray());
        }
        response.setStatus(403);
        request.getRequestDispatcher("/error/forbidden").forward(request, response);
    }

    /**
     * 401 for missing or wrong credentials; but credentials that could not be checked because the database is lost
     * are a 503, so a signed-in user or a valid script is not told to sign in.
     */
    private static void unauthenticated(ProblemResponses problems, HttpServletRequest request,
            jakarta.servlet.http.HttpServletResponse response, org.springframework.security.core.AuthenticationException e)
            throws java.io.IOException {
        if (e instanceof InternalAuthenticationServiceException) {
            response.setHeader("Retry-After", "30");
            problems.write(request, response, 503, "unavailable", "Service Unavailable",
                    "The credentials could not be checked: the database is not reachable at the moment; retry shortly",
                    vn.steerboard.common.UserMessage.of("problem.auth.unavailable"));
            return;
        }
        problems.write(request, response, 401, "unauthenticated", "Unauthenticated",
                "Sign-in required: send a bearer API token or HTTP Basic credentials",
                vn.steerboard.common.UserMessage.of("problem.auth.required"));
    }

    static boolean isApi(HttpServletRequest request) {
        return API.matches(request);
    }
}
