package vn.steerboard.identity.internal;

import java.util.List;
import java.util.regex.Pattern;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.steerboard.audit.AuditEvent;
import vn.steerboard.audit.AuditTrail;
import vn.steerboard.common.VietnameseText;
import vn.steerboard.identity.AccessPolicy;
import vn.steerboard.identity.Actor;
import vn.steerboard.identity.Role;
import vn.steerboard.registry.Registry;

/** Creates, lists and disables local accounts; every change is audited. */
@Service
public class UserAccounts implements UserDetailsService {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");
    static final int MIN_PASSWORD_LENGTH = 10;

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwords;
    private final Registry registry;
    private final AuditTrail audit;

    UserAccounts(UserAccountRepository accounts, PasswordEncoder passwords, Registry registry, AuditTrail audit) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.registry = registry;
        this.audit = audit;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.find(username).orElseThrow(() -> new UsernameNotFoundException("No account " + username));
    }

    public boolean exists(String username) {
        return accounts.find(username).isPresent();
    }

    @Transactional
    public UserAccount.UserView create(NewAccount request) {
        String username = request.username() == null ? "" : request.username().strip();
        require(USERNAME.matcher(username).matches(), "username", username,
                "3 to 60 characters: lower-case letters, digits, '.', '_' or '-'", "reason.account.username");
        require(!exists(username), "username", username, "an account with this name already exists",
                "reason.account.taken");
        require(request.displayName() != null && !request.displayName().isBlank(), "displayName",
                request.displayName(), "must not be blank", "reason.required");
        require(request.role() != null, "role", request.role(), "must be one of ADMIN, OFFICER, LEADER, VIEWER",
                "reason.role");
        require(request.password() != null && request.password().length() >= MIN_PASSWORD_LENGTH, "password",
                "(hidden)", "must have at least " + MIN_PASSWORD_LENGTH + " characters", "reason.password.short", MIN_PASSWORD_LENGTH);
        String unit = request.unitCode() == null || request.unitCode().isBlank() ? null : request.unitCode().strip();
        require(!request.role().needsUnit() || unit != null, "unitCode", unit,
                request.role() + " accounts must be bound to an organisation unit", "reason.account.unitRequired", request.role());
        require(request.role() != Role.ADMIN || unit == null, "unitCode", unit, "ADMIN accounts are not bound to a unit",
                "reason.account.adminUnbound");
        require(unit == null || registry.exists(unit), "unitCode", unit, "no organisation unit has this code", "reason.unit.unknown");
        UserAccount account = new UserAccount(username, VietnameseText.clean(request.displayName()),
                request.email() == null ? null : request.email().strip(), passwords.encode(request.password()),
                request.role(), unit, true);
        accounts.insert(account);
        audit.record(AuditEvent.change("CREATE", "user", username, unit, null, account.view()));
        return account.view();
    }

    @Transactional
    UserAccount.UserView setEnabled(String username, boolean enabled) {
        UserAccount before = accounts.find(username)
                .orElseThrow(() -> new vn.steerboard.common.NotFoundException("Account '" + username + "' does not exist")
                        .because("problem.account.notFound", username));
        accounts.setEnabled(username, enabled);
        UserAccount.UserView after = accounts.find(username).orElseThrow().view();
        audit.record(AuditEvent.change(enabled ? "ENABLE" : "DISABLE", "user", username, before.unitCode(),
                before.view(), after));
        return after;
    }

    /** The accounts the actor may see: all for ADMIN, otherwise those of its subtree. */
    List<UserAccount.UserView> visibleTo(Actor actor) {
        return accounts.all().stream()
                .filter(a -> actor.isAdmin() || (a.unitCode() != null
                        && AccessPolicy.canRead(actor, a.unitCode(), registry)))
                .map(UserAccount::view).toList();
    }

    private static void require(boolean condition, String field, Object value, String reason, String key,
            Object... args) {
        if (!condition) {
            throw vn.steerboard.common.InvalidParameterException.field(field, value, reason).because(key, args);
        }
    }

    public record NewAccount(String username, String displayName, String email, String password, Role role,
            String unitCode) {
    }
}
