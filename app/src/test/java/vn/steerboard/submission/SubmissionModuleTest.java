package vn.steerboard.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ContextConfiguration;
import vn.steerboard.analytics.IndicatorFigures;
import vn.steerboard.identity.Actor;
import vn.steerboard.identity.ActorPrincipal;
import vn.steerboard.identity.Role;
import vn.steerboard.indicator.IndicatorCatalogue;
import vn.steerboard.support.ModuleSlice;

/**
 * The submission module with only what it depends on (indicator, analytics, identity, audit, registry): values go
 * in, are rolled up, and the module's own events say so, without programme, quality, the committee or any page.
 */
@ApplicationModuleTest(ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@ContextConfiguration(initializers = ModuleSlice.class)
class SubmissionModuleTest {

    @Autowired
    Submissions submissions;

    @Autowired
    Approvals approvals;

    @Autowired
    IndicatorCatalogue catalogue;

    @Autowired
    IndicatorFigures figures;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void valuesGoInRollUpAndAnnounceThemselves(AssertablePublishedEvents events) {
        jdbc.sql("INSERT INTO data_set (code, name_vi, name_en, period_type, deadline_days) VALUES ('SLICE', 'Thử', 'Slice', 'MONTHLY', 5)")
                .update();
        jdbc.sql("""
                INSERT INTO data_element (code, data_set_code, name_vi, name_en, value_type, tree_aggregation, time_aggregation)
                VALUES ('SLICE_N', 'SLICE', 'Số', 'Count', 'NUMBER', 'SUM', 'SUM')""").update();
        catalogue.reload();
        actAs(new Actor("slice.officer", Role.OFFICER, "01", false), "ROLE_OFFICER");

        SubmissionView view = submissions.submit(new SubmissionRequest("SLICE", "01", "2025-03", Map.of("SLICE_N", 7.0)), "API", false);

        assertThat(view.status()).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(view.nextLevel()).isEqualTo("01");
        assertThat(events).contains(ValuesSubmitted.class).matching(ValuesSubmitted::unitCode, "01");
        assertThat(jdbc.sql("SELECT value_sum FROM element_rollup WHERE scope = 'A' AND unit_code = 'VN' AND element_code = 'SLICE_N'")
                .query(Double.class).single()).isEqualTo(7.0);

        actAs(new Actor("slice.leader", Role.LEADER, "01", false), "ROLE_LEADER");
        SubmissionView approved = approvals.approve(view.id(), "01", view.version(), null);

        assertThat(approved.approvedThrough()).isEqualTo("01");
        assertThat(approved.nextLevel()).isEqualTo("VN");
        assertThat(events).contains(SubmissionApproved.class).matching(SubmissionApproved::level, "01");
    }

    private static void actAs(Actor actor, String role) {
        ActorPrincipal principal = () -> actor;
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                List.of(new SimpleGrantedAuthority(role))));
    }
}
