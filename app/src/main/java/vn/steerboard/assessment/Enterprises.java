package vn.steerboard.assessment;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.steerboard.assessment.internal.EnterpriseStore;
import vn.steerboard.assessment.internal.MailPort;
import vn.steerboard.assessment.internal.Masking;
import vn.steerboard.assessment.internal.RateLimits;
import vn.steerboard.assessment.internal.SignUpRules;
import vn.steerboard.assessment.internal.Tokens;
import vn.steerboard.audit.AuditEvent;
import vn.steerboard.audit.AuditTrail;
import vn.steerboard.common.InvalidParameterException;
import vn.steerboard.common.NotFoundException;
import vn.steerboard.common.VietnamTime;
import vn.steerboard.registry.Registry;

/**
 * Enterprises sign up by tax code and prove their contact e-mail with a single-use link (24 hours). The link is the
 * only way in: it is mailed (the mail port), never shown in an answer, and the same answer is given whether or not
 * the tax code was known, so nobody learns who signed up. A known, verified tax code gets its link at the e-mail it
 * registered, never at a new one. The link's address is the configured {@code steerboard.public-url}.
 */
@Service
public class Enterprises {

    static final Duration LINK_LIFETIME = Duration.ofHours(24);
    public static final int SIGN_UPS_PER_ADDRESS_HOUR = 20;
    public static final int LINKS_PER_TAX_CODE_HOUR = 5;

    private final EnterpriseStore store;
    private final Registry registry;
    private final MailPort mail;
    private final RateLimits limits;
    private final AuditTrail audit;
    private final VietnamTime time;
    private final MessageSource messages;
    private final EnterpriseGuard staff;
    private final String publicUrl;

    Enterprises(EnterpriseStore store, Registry registry, MailPort mail, RateLimits limits, AuditTrail audit, VietnamTime time,
            MessageSource messages, EnterpriseGuard staff,
            @org.springframework.beans.factory.annotation.Value("${steerboard.public-url:http://localhost:8080}") String publicUrl) {
        this.publicUrl = publicUrl;
        this.store = store;
        this.registry = registry;
        this.mail = mail;
        this.limits = limits;
        this.audit = audit;
        this.time = time;
        this.messages = messages;
        this.staff = staff;
    }

    /** Signs an enterprise up and mails its verification link; the answer never carries the link. */
    @Transactional
    public String signUp(EnterpriseSignUp signUp, String clientAddress) {
        staff.refuseStaff("ASSESSMENT_ENTERPRISE", "sign-up");
        limits.count("sign-up:" + clientAddress, SIGN_UPS_PER_ADDRESS_HOUR, Duration.ofHours(1));
        EnterpriseSignUp s = SignUpRules.check(signUp, registry);
        limits.count("link:" + s.taxCode(), LINKS_PER_TAX_CODE_HOUR, Duration.ofHours(1));
        OffsetDateTime now = time.now();
        EnterpriseStore.Enterprise known = store.byTaxCode(s.taxCode()).orElse(null);
        long id;
        String to;
        if (known == null) {
            id = store.insert(s, false, null, now);
            to = s.email();
        } else if (known.verifiedAt() == null) {
            store.replaceUnverified(known.id(), s);
            id = known.id();
            to = s.email();
        } else {
            id = known.id();
            to = known.email();
        }
        audit.recordAs("enterprise:" + s.taxCode(), new AuditEvent("SIGN_UP", "ASSESSMENT_ENTERPRISE", s.taxCode(),
                s.provinceCode(), null, Map.of("vsic", s.vsic(), "sizeClass", s.sizeClass().name(), "known", known != null),
                null, null));
        sendLink(id, to, now);
        return Masking.email(s.email());
    }

    /** Mails a new sign-in link when the tax code and e-mail match a signed-up enterprise; the same answer either way. */
    @Transactional
    public void requestLink(String taxCode, String email, String clientAddress) {
        staff.refuseStaff("ASSESSMENT_ENTERPRISE", "sign-in link");
        limits.count("sign-up:" + clientAddress, SIGN_UPS_PER_ADDRESS_HOUR, Duration.ofHours(1));
        String tax = taxCode == null ? "" : taxCode.strip().replace("-", "");
        limits.count("link:" + tax, LINKS_PER_TAX_CODE_HOUR, Duration.ofHours(1));
        store.byTaxCode(tax).filter(e -> email != null && e.email().equalsIgnoreCase(email.strip()))
                .ifPresent(e -> sendLink(e.id(), e.email(), time.now()));
    }

    /** Uses a link token: the enterprise it proves, now verified; refused when unknown, used or expired. */
    @Transactional
    public EnterpriseId verify(String token, String clientAddress) {
        staff.refuseStaff("ASSESSMENT_ENTERPRISE", "verification");
        limits.count("verify:" + clientAddress, 60, Duration.ofHours(1));
        if (token == null || !token.matches("[A-Za-z0-9_-]{20,100}")) {
            throw InvalidParameterException.field("token", "(hidden)", "the link is not valid, was used already or has expired");
        }
        OffsetDateTime now = time.now();
        long id = store.useToken(Tokens.sha256(token), now).orElseThrow(() -> InvalidParameterException.field("token",
                "(hidden)", "the link is not valid, was used already or has expired; ask for a new one"));
        store.markVerified(id, now);
        EnterpriseStore.Enterprise e = store.byId(id).orElseThrow();
        audit.recordAs("enterprise:" + e.taxCode(), new AuditEvent("VERIFY", "ASSESSMENT_ENTERPRISE", e.taxCode(),
                e.provinceCode(), null, null, null, null));
        return new EnterpriseId(id);
    }

    /** Closing the enterprise session is the enterprise's own business: staff credentials are refused (audited). */
    public void signOut() {
        staff.refuseStaff("ASSESSMENT_ENTERPRISE", "sign-out");
    }

    public EnterpriseProfile profile(EnterpriseId id) {
        EnterpriseStore.Enterprise e = store.byId(id.value()).orElseThrow(() -> new NotFoundException("No enterprise"));
        return new EnterpriseProfile(e.taxCode(), e.name(), e.vsic(), e.sizeClass(), e.provinceCode(), e.communeCode(),
                Masking.email(e.email()));
    }

    private void sendLink(long enterpriseId, String to, OffsetDateTime now) {
        String token = Tokens.newToken();
        store.insertToken(Tokens.sha256(token), enterpriseId, now.plus(LINK_LIFETIME));
        Locale vi = Locale.forLanguageTag("vi");
        // the configured public address, never the request's Host header (a forged host would mail a link elsewhere)
        String link = publicUrl + "/assessment/verify?token=" + token;
        mail.send(to, messages.getMessage("assessment.mail.subject", null, vi),
                messages.getMessage("assessment.mail.body", new Object[] {link}, vi));
    }
}
