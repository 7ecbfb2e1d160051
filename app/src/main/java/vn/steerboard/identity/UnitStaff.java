package vn.steerboard.identity;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Who works for a unit: the enabled accounts bound to it, for notifications. */
@Service
public class UnitStaff {

    public record Member(String username, String displayName, String email, Role role) {
    }

    private final JdbcClient jdbc;

    UnitStaff(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Enabled OFFICER and LEADER accounts bound to exactly this unit. */
    public List<Member> officersAndLeaders(String unitCode) {
        return jdbc.sql("SELECT username, display_name, email, role FROM app_user WHERE unit_code = ? AND enabled"
                        + " AND role IN ('OFFICER', 'LEADER') ORDER BY username").param(unitCode)
                .query((rs, n) -> new Member(rs.getString(1), rs.getString(2), rs.getString(3),
                        Role.valueOf(rs.getString(4)))).list();
    }
}
