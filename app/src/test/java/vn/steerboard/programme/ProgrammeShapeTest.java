package vn.steerboard.programme;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import vn.steerboard.common.FiguresChanged;
import vn.steerboard.identity.Actor;
import vn.steerboard.identity.ActorPrincipal;
import vn.steerboard.identity.Role;
import vn.steerboard.support.Api;
import vn.steerboard.support.IntegrationTest;
import vn.steerboard.support.TestFixtures;
import vn.steerboard.support.DemoFacts;

/**
 * The programme's web layer reads its filters and its day one way (a bad one is a 400 naming it), and every change
 * of a task publishes the programme's own typed event, which the figure caches and live pages take as
 * {@link FiguresChanged}.
 */
@IntegrationTest
@RecordApplicationEvents
class ProgrammeShapeTest {

    private static final String UNIT = TestFixtures.unit("BNG", "ProgrammeShapeTest");

    @LocalServerPort
    int port;

    @Autowired
    Tasks tasks;

    @Autowired
    TaskProgress progress;

    @Autowired
    TaskAcceptance acceptance;

    @Autowired
    ApplicationEvents events;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aFilterThatDoesNotBindIsRefusedNamingTheParameterAndValue() {
        Api admin = Api.as(port, DemoFacts.ADMIN);
        Api.Reply status = admin.get("/api/tasks?status=DONE");
        assertThat(status.status()).isEqualTo(400);
        assertThat(status.json().get("parameter").asString()).isEqualTo("status");
        assertThat(status.json().get("value").asString()).isEqualTo("DONE");
        Api.Reply from = admin.get("/api/tasks/export.xlsx?deadlineFrom=tomorrow");
        assertThat(from.status()).isEqualTo(400);
        assertThat(from.json().get("parameter").asString()).isEqualTo("deadlineFrom");
        assertThat(admin.get("/tasks?sort=SIDEWAYS").status()).isEqualTo(400);
    }

    @Test
    void theFilterIsBoundFromTheQueryStringOnTheApiAndThePage() {
        Api admin = Api.as(port, DemoFacts.ADMIN);
        JsonNode overdue = admin.get("/api/tasks?asOf=2025-11-15&status=OVERDUE&sort=DAYS_OVERDUE&size=5").json();
        assertThat(overdue.get("totalElements").asLong()).isEqualTo(93);
        assertThat(overdue.get("content").get(0).get("status").asString()).isEqualTo("OVERDUE");
        JsonNode search = admin.get("/api/tasks?asOf=2025-11-15&q=" + Api.encode("  ") + "&plan=" + Api.encode(" ")).json();
        assertThat(search.get("totalElements").asLong()).as("blank filters are no filters").isEqualTo(DemoFacts.TASKS_ON_REPORT_DAY);
        String page = admin.get("/tasks?asOf=" + Api.encode("15/11/2025") + "&status=OVERDUE").body();
        assertThat(page).contains("value=\"2025-11-15\"").contains("93");
    }

    @Test
    void theDayIsAnAsOfParameterOnEveryProgrammeApiAndPage() {
        Api viewer = Api.as(port, DemoFacts.VIEWER);
        JsonNode iso = viewer.get("/api/tasks/summary?asOf=2025-11-15").json();
        JsonNode typed = viewer.get("/api/tasks/summary?asOf=" + Api.encode("15/11/2025")).json();
        assertThat(typed.get("asOf").asString()).isEqualTo("2025-11-15");
        assertThat(typed.get("total").asLong()).isEqualTo(iso.get("total").asLong());
        assertThat(viewer.get("/api/tasks/summary").json().get("asOf").asString())
                .isEqualTo(TestFixtures.today().toString());
        for (String path : List.of("/api/tasks/summary", "/api/tasks", "/api/tasks/overdue", "/api/tasks/due",
                "/api/tasks/ranking?league=PROVINCES&x=", "/programme", "/tasks", "/rankings/tasks")) {
            String url = path + (path.contains("?") ? "&" : "?") + "asOf=2025-02-30";
            Api.Reply reply = Api.as(port, DemoFacts.ADMIN).get(url);
            assertThat(reply.status()).as(url).isEqualTo(400);
            assertThat(reply.body()).as(url).contains("asOf");
        }
    }

    @Test
    void everyChangeOfATaskPublishesItsOwnEventInsideTheChange() {
        actAs(new Actor(DemoFacts.ADMIN, Role.ADMIN, null, false));
        TaskDraft draft = new TaskDraft("SHAPE-EVENTS-1", DemoFacts.PLAN_2026, "Kiểm thử sự kiện của nhiệm vụ", null,
                "Nguyễn Thị Sự", LocalDate.of(2027, 1, 10), LocalDate.of(2027, 6, 30), UNIT, List.of(), "VPCP",
                "Báo cáo", "01/KH", LocalDate.of(2027, 1, 5), null);
        TaskDetail created = tasks.create(draft);
        assertThat(events.stream(TaskCreated.class)).containsExactly(
                new TaskCreated(created.id(), "SHAPE-EVENTS-1", UNIT));
        tasks.reviseDeadline(created.id(), LocalDate.of(2027, 9, 30), "Điều chỉnh theo đề nghị");
        assertThat(events.stream(TaskDeadlineRevised.class)).containsExactly(new TaskDeadlineRevised(created.id(),
                "SHAPE-EVENTS-1", UNIT, LocalDate.of(2027, 6, 30), LocalDate.of(2027, 9, 30)));
        TaskDetail revised = tasks.get(created.id());
        TaskDraft edited = new TaskDraft("SHAPE-EVENTS-1", DemoFacts.PLAN_2026, "Kiểm thử sự kiện (sửa)", null,
                "Nguyễn Thị Sự", LocalDate.of(2027, 1, 10), LocalDate.of(2027, 9, 30), UNIT, List.of(), "VPCP",
                "Báo cáo", "01/KH", LocalDate.of(2027, 1, 5), null);
        tasks.update(created.id(), revised.version(), edited);
        assertThat(events.stream(TaskEdited.class)).containsExactly(new TaskEdited(created.id(), "SHAPE-EVENTS-1", UNIT));

        List<FiguresChanged> changes = events.stream(FiguresChanged.class).toList();
        assertThat(changes).hasSize(3).allSatisfy(change -> {
            assertThat(change.area()).isEqualTo("tasks");
            assertThat(change.unitCode()).isEqualTo(UNIT);
        });
        assertThat(changes).as("every change is a typed task event (there is no untyped event any more)")
                .allSatisfy(change -> assertThat(change).isInstanceOf(TaskEvent.class));
    }

    private static void actAs(Actor actor) {
        ActorPrincipal principal = () -> actor;
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal,
                null, List.of(new SimpleGrantedAuthority("ROLE_" + actor.role()))));
    }
}
