package vn.steerboard.identity;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.steerboard.identity.internal.SystemActor;
import vn.steerboard.identity.internal.UserAccounts;

/**
 * Accounts and focal points brought in at start-up (the demo, a first installation), by the system: each one goes
 * through the same checks and audit as an ADMIN's request. Not reachable from the web.
 */
@Service
public class AccountImport {

    /** An account to create: the password in clear, hashed on the way in. */
    public record AccountDraft(String username, String displayName, String email, String password, Role role,
            String unitCode) {
    }

    private final UserAccounts accounts;
    private final FocalPoints focalPoints;

    AccountImport(UserAccounts accounts, FocalPoints focalPoints) {
        this.accounts = accounts;
        this.focalPoints = focalPoints;
    }

    /** Creates the accounts that do not exist yet; returns how many were created. */
    public int createMissing(List<AccountDraft> drafts) {
        return SystemActor.call(() -> {
            int created = 0;
            for (AccountDraft draft : drafts) {
                if (!accounts.exists(draft.username())) {
                    accounts.create(new UserAccounts.NewAccount(draft.username(), draft.displayName(), draft.email(),
                            draft.password(), draft.role(), draft.unitCode()));
                    created++;
                }
            }
            return created;
        });
    }

    /** Records each unit's focal point (unit code to details). */
    public void recordFocalPoints(Map<String, FocalPoints.Details> byUnit) {
        SystemActor.call(() -> {
            byUnit.forEach(focalPoints::record);
            return null;
        });
    }
}
