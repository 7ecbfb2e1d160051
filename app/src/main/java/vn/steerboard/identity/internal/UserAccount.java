package vn.steerboard.identity.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import vn.steerboard.identity.Actor;
import vn.steerboard.identity.ActorPrincipal;
import vn.steerboard.identity.Role;

/** A local account as Spring Security sees it. */
record UserAccount(String username, String displayName, String email, String passwordHash, Role role,
        String unitCode, boolean enabled) implements UserDetails, ActorPrincipal {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities(role);
    }

    static List<GrantedAuthority> authorities(Role role) {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public Actor actor() {
        return new Actor(username, role, unitCode, false);
    }

    /** What the API shows of an account: never the hash. */
    UserView view() {
        return new UserView(username, displayName, email, role, unitCode, enabled);
    }

    record UserView(String username, String displayName, String email, Role role, String unitCode,
            boolean enabled) {
    }
}
