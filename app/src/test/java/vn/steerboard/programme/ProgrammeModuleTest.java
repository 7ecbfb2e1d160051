package vn.steerboard.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
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
 * that depend on it (committee, web): its figures and its events stand without them. Its own in-memory database,
 * so it never touches the shared test database.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@TestPropertySource(properties = {
        "spring.datasource.url=jdbc:h2:mem:programme-module;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa", "spring.datasource.password=", "steerboard.demo.enabled=true"})
class ProgrammeModuleTest {

    @Autowired
    TaskFigures figures;

    @Autowired
    Tasks tasks;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theProgrammeStandsOnItsDependenciesAlone() {
        assertThat(figures.summary(LocalDate.of(2025, 11, 15), null).total()).isEqualTo(944);
        assertThat(figures.summary(LocalDate.of(2025, 11, 15), null).onTimeRate()).isEqualTo(67.0);
    }

    @Test
    void aNewTaskIsPublishedAsTheProgrammesOwnEvent(AssertablePublishedEvents events) {
        Actor admin = new Actor("admin", Role.ADMIN, null, false);
        ActorPrincipal principal = () -> admin;
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal,
                null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
        TaskDetail created = tasks.create(new TaskDraft("MODULE-1", "NQ57-KH2026", "Nhiệm vụ của phép thử mô-đun", null,
                "Lê Văn Mô", LocalDate.of(2027, 1, 10), LocalDate.of(2027, 6, 30), "BTP", List.of(), "VPCP", "Báo cáo",
                "01/KH", LocalDate.of(2027, 1, 5), null));
        assertThat(events).contains(TaskCreated.class)
                .matching(TaskCreated::taskId, created.id())
                .matching(TaskCreated::unitCode, "BTP");
        assertThat(TestFixtures.DEMO_LAST_DAY).isBefore(LocalDate.of(2027, 1, 5));
    }
}
