package vn.steerboard.identity.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.steerboard.common.VietnamTime;
import vn.steerboard.identity.Actor;

/** The model of the personal token page: the account's tokens with their state, and the form's defaults. */
@Component
class AccountTokensPage {

    static final int DEFAULT_DAYS = 90;

    private final AccountTokens tokens;
    private final VietnamTime time;

    AccountTokensPage(AccountTokens tokens, VietnamTime time) {
        this.tokens = tokens;
        this.time = time;
    }

    enum State { ACTIVE, EXPIRED, REVOKED }

    /** One row of the list; dates as days in Vietnam. */
    record Row(long id, String name, String prefix, String role, String unitCode, LocalDate createdOn,
            LocalDate lastDay, OffsetDateTime lastUsedAt, State state) {
    }

    void fill(Model model, Actor actor) {
        OffsetDateTime now = time.now();
        List<Row> rows = tokens.own().stream().map(t -> new Row(t.id(), t.name(), t.prefix(), t.role().name(),
                t.unitCode(), day(t.createdAt()), day(t.expiresAt()).minusDays(1), t.lastUsedAt(),
                t.revokedAt() != null ? State.REVOKED : t.expiresAt().isAfter(now) ? State.ACTIVE : State.EXPIRED))
                .toList();
        model.addAttribute("account", actor);
        model.addAttribute("tokens", rows);
        model.addAttribute("zone", VietnamTime.ZONE);
        model.addAttribute("defaultExpiry", time.today().plusDays(DEFAULT_DAYS));
        model.addAttribute("firstExpiry", time.today().plusDays(1));
        model.addAttribute("lastExpiry", time.today().plusDays(AccountTokens.LONGEST_DAYS));
        model.addAttribute("longestDays", AccountTokens.LONGEST_DAYS);
    }

    private static LocalDate day(OffsetDateTime at) {
        return at.atZoneSameInstant(VietnamTime.ZONE).toLocalDate();
    }
}
