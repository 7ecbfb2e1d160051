package vn.steerboard.identity.internal;

import vn.steerboard.identity.Role;
import vn.steerboard.registry.Registry;

/**
 * Whether a personal token's scope (role, unit) is no wider than its account's: the account's own role or read-only
 * (VIEWER), on the account's unit or one below it; an account bound to no unit (ADMIN, a national VIEWER) may bind its
 * token to any unit or none. Checked when the token is issued and again at every request, against the account as it is
 * then.
 */
final class TokenScope {

    private TokenScope() {
    }

    static boolean within(Role accountRole, String accountUnit, Role tokenRole, String tokenUnit, Registry registry) {
        if (tokenRole != accountRole && tokenRole != Role.VIEWER) {
            return false;
        }
        if (tokenRole == Role.ADMIN) {
            return tokenUnit == null;
        }
        if (tokenRole.needsUnit() && tokenUnit == null) {
            return false;
        }
        if (accountRole == Role.ADMIN || accountUnit == null) {
            return true;
        }
        return tokenUnit != null && registry.isWithin(tokenUnit, accountUnit);
    }
}
