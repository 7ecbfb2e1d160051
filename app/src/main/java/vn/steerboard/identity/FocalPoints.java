package vn.steerboard.identity;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.steerboard.audit.AuditEvent;
import vn.steerboard.audit.AuditTrail;
import vn.steerboard.common.InvalidParameterException;
import vn.steerboard.common.VietnameseText;
import vn.steerboard.registry.Registry;

/** Reads and records units' focal points, within the actor's subtree only. */
@Service
public class FocalPoints {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 .-]{8,20}");
    static final String ENTITY = "focal-point";

    private final JdbcClient jdbc;
    private final Registry registry;
    private final AccessPolicy access;
    private final AuditTrail audit;

    private final vn.steerboard.common.VietnamTime time;

    FocalPoints(JdbcClient jdbc, Registry registry, AccessPolicy access, AuditTrail audit, vn.steerboard.common.VietnamTime time) {
        this.time = time;
        this.jdbc = jdbc;
        this.registry = registry;
        this.access = access;
        this.audit = audit;
    }

    public record Details(String fullName, String position, String email, String phone) {
    }

    public Optional<FocalPoint> of(String unitCode) {
        registry.get(unitCode);
        access.requireRead(unitCode, ENTITY, unitCode);
        return find(unitCode);
    }

    @Transactional
    public FocalPoint record(String unitCode, Details details) {
        registry.get(unitCode);
        access.requireChange(unitCode, ENTITY, unitCode);
        Details clean = validate(details);
        Optional<FocalPoint> before = find(unitCode);
        OffsetDateTime now = time.now();
        String actor = access.requireActor().name();
        if (before.isPresent()) {
            jdbc.sql("UPDATE unit_focal_point SET full_name = ?, position = ?, email = ?, phone = ?, updated_at = ?,"
                    + " updated_by = ? WHERE unit_code = ?")
                    .params(clean.fullName(), clean.position(), clean.email(), clean.phone(), now, actor, unitCode)
                    .update();
        } else {
            jdbc.sql("INSERT INTO unit_focal_point (unit_code, full_name, position, email, phone, updated_at,"
                    + " updated_by) VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .params(unitCode, clean.fullName(), clean.position(), clean.email(), clean.phone(), now, actor)
                    .update();
        }
        FocalPoint after = find(unitCode).orElseThrow();
        audit.record(AuditEvent.change(before.isPresent() ? "UPDATE" : "CREATE", ENTITY, unitCode, unitCode,
                before.map(FocalPoints::values).orElse(null), values(after)));
        return after;
    }

    private Optional<FocalPoint> find(String unitCode) {
        return jdbc.sql("SELECT * FROM unit_focal_point WHERE unit_code = ?").param(unitCode)
                .query((rs, n) -> new FocalPoint(rs.getString("unit_code"), rs.getString("full_name"),
                        rs.getString("position"), rs.getString("email"), rs.getString("phone"),
                        rs.getObject("updated_at", OffsetDateTime.class), rs.getString("updated_by")))
                .optional();
    }

    private static Details values(FocalPoint p) {
        return new Details(p.fullName(), p.position(), p.email(), p.phone());
    }

    private static Details validate(Details d) {
        if (d == null || d.fullName() == null || d.fullName().isBlank()) {
            throw InvalidParameterException.field("fullName", d == null ? null : d.fullName(), "must not be blank")
                    .because("reason.focalPoint.nameRequired");
        }
        String name = VietnameseText.clean(d.fullName());
        if (name.length() > 200 || name.chars().anyMatch(Character::isDigit)) {
            throw InvalidParameterException.field("fullName", name, "a person's name of at most 200 characters, no digits")
                    .because("reason.focalPoint.name");
        }
        String email = blankToNull(d.email());
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw InvalidParameterException.field("email", email, "not an e-mail address")
                    .because("reason.email");
        }
        String phone = blankToNull(d.phone());
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw InvalidParameterException.field("phone", phone, "8 to 20 digits, spaces, dots or dashes")
                    .because("reason.phone");
        }
        return new Details(name, VietnameseText.clean(blankToNull(d.position())), email, phone);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
