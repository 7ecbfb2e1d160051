package vn.steerboard.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.TestPropertySource;
import vn.steerboard.identity.Actor;
import vn.steerboard.identity.ActorPrincipal;
import vn.steerboard.identity.Role;
import vn.steerboard.support.TestFixtures;

/**
 * The programme module started alone with the modules it depends on (common, audit, registry, identity) and none
 * that depend on it (committee, web, demo): its figures and its events stand without them, on a programme it
 * imports itself through {@link ProgrammeImport}. Its own in-memory database, so it never touches the shared test
 * database.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@TestPropertySource(properties = {
        "spring.datasource.url=jdbc:h2:mem:programme-module;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa", "spring.datasource.password=", "steerboard.demo.enabled=false"})
class ProgrammeModuleTest {

    @Autowired
    TaskFigures figures;

    @Autowired
    Tasks tasks;

    @Autowired
    ProgrammeImport programmes;

    private static final LocalDate DAY = LocalDate.of(2025, 11, 15);

    /** Three tasks as of {@link #DAY}: accepted on time, accepted late, overdue; two thirds on time of those due. */
    @BeforeEach
    void importAProgramme() {
        if (programmes.exists("SLICE")) {
            return;
        }
        OffsetDateTime at = DAY.minusMonths(6).atStartOfDay(TaskRules.VIETNAM).toOffsetDateTime();
        ProgrammeRecords.History none = new ProgrammeRecords.History(List.of(), List.of(), List.of(), List.of());
        programmes.load(new ProgrammeRecords.ProgrammeRecord("SLICE", "Chương trình của phép thử", null,
                List.of(new ProgrammeRecords.PlanRecord("SLICE-P", "Kế hoạch", "01/KH", DAY.minusMonths(7)))), List.of(
                task("SLICE-1", DAY.minusDays(30), new ProgrammeRecords.Acceptance(DAY.minusDays(40), at, "admin"), at, none),
                task("SLICE-2", DAY.minusDays(60), new ProgrammeRecords.Acceptance(DAY.minusDays(20), at, "admin"), at, none),
                task("SLICE-3", DAY.minusDays(10), null, at, none)));
    }

    private static ProgrammeRecords.TaskRecord task(String code, LocalDate deadline, ProgrammeRecords.Acceptance accepted,
            OffsetDateTime at, ProgrammeRecords.History history) {
        return new ProgrammeRecords.TaskRecord(code, "SLICE-P", "Nhiệm vụ " + code, null, "Lê Văn Mô", DAY.minusMonths(5),
                deadline, deadline, "BTP", "VPCP", "Báo cáo", "01/KH", DAY.minusMonths(7), DAY.minusMonths(6), null,
                accepted == null ? 0 : 100, false, accepted, null, at, history);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theProgrammeStandsOnItsDependenciesAlone() {
        StatusCounts counts = figures.summary(DAY, null);
        assertThat(counts.total()).isEqualTo(3);
        assertThat(counts.completedOnTime()).isEqualTo(1);
        assertThat(counts.completedLate()).isEqualTo(1);
        assertThat(counts.overdue()).isEqualTo(1);
    }

    @Test
    void aNewTaskIsPublishedAsTheProgrammesOwnEvent(AssertablePublishedEvents events) {
        Actor admin = new Actor("admin", Role.ADMIN, null, false);
        ActorPrincipal principal = () -> admin;
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal,
                null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
        TaskDetail created = tasks.create(new TaskDraft("MODULE-1", "SLICE-P", "Nhiệm vụ của phép thử mô-đun", null,
                "Lê Văn Mô", LocalDate.of(2027, 1, 10), LocalDate.of(2027, 6, 30), "BTP", List.of(), "VPCP", "Báo cáo",
                "01/KH", LocalDate.of(2027, 1, 5), null));
        assertThat(events).contains(TaskCreated.class)
                .matching(TaskCreated::taskId, created.id())
                .matching(TaskCreated::unitCode, "BTP");
        assertThat(TestFixtures.DEMO_LAST_DAY).isBefore(LocalDate.of(2027, 1, 5));
    }
}
