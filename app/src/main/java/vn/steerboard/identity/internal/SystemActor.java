package vn.steerboard.identity.internal;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.steerboard.identity.Actor;
import vn.steerboard.identity.Role;

/** Work done by the system itself (start-up imports), as an ADMIN named "system", so it is checked and audited. */
public final class SystemActor {

    private SystemActor() {
    }

    public static <T> T call(Supplier<T> work) {
        var system = new TokenAuthenticationFilter.TokenPrincipal(new Actor("system", Role.ADMIN, null, false));
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                system, null, UserAccount.authorities(Role.ADMIN)));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
