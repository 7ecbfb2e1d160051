package vn.steerboard.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.steerboard.support.DemoFacts;

/** The status rules on the dates where they are easy to get wrong. */
class TaskRulesTest {

    private static final LocalDate ASSIGNED = LocalDate.of(2025, 3, 1);
    private static final LocalDate START = LocalDate.of(2025, 4, 1);
    private static final LocalDate DEADLINE = LocalDate.of(2025, 6, 30);

    private static TaskFacts task(LocalDate acceptedOn, TaskFacts.Revision... revisions) {
        return new TaskFacts(ASSIGNED, START, null, DEADLINE, List.of(revisions), acceptedOn);
    }

    private static TaskStatus on(TaskFacts task, LocalDate day) {
        return TaskRules.statusOn(task, day).orElseThrow();
    }

    @Test
    void completedOnTheDeadlineDayIsOnTimeAndTheDayAfterIsLate() {
        assertThat(on(task(DEADLINE), DEADLINE)).isEqualTo(TaskStatus.COMPLETED_ON_TIME);
        assertThat(on(task(DEADLINE.plusDays(1)), DEADLINE.plusDays(1))).isEqualTo(TaskStatus.COMPLETED_LATE);
    }

    @Test
    void onTheDeadlineDayAnOpenTaskIsStillWithinDeadlineAndOverdueTheNextDay() {
        assertThat(on(task(null), DEADLINE)).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(on(task(null), DEADLINE.plusDays(1))).isEqualTo(TaskStatus.OVERDUE);
        assertThat(TaskRules.daysOverdue(task(null), DEADLINE.plusDays(3))).isEqualTo(3);
    }

    @Test
    void beforeItsStartATaskIsNotStartedUnlessProgressWasReported() {
        assertThat(on(task(null), START.minusDays(1))).isEqualTo(TaskStatus.NOT_STARTED);
        TaskFacts reported = new TaskFacts(ASSIGNED, START, START.minusDays(5), DEADLINE, List.of(), null);
        assertThat(on(reported, START.minusDays(1))).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(on(task(null), START)).isEqualTo(TaskStatus.IN_PROGRESS);
    }

    @Test
    void aTaskDoesNotExistBeforeItWasAssigned() {
        assertThat(TaskRules.statusOn(task(null), ASSIGNED.minusDays(1))).isEmpty();
        assertThat(TaskRules.statusOn(task(null), ASSIGNED)).isPresent();
    }

    @Test
    void aCompletedTaskKeepsItsVerdictOnLaterDaysAndIsOpenBeforeAcceptance() {
        TaskFacts late = task(DEADLINE.plusDays(10));
        assertThat(on(late, DEADLINE.plusDays(5))).isEqualTo(TaskStatus.OVERDUE);
        assertThat(on(late, LocalDate.of(2026, 1, 1))).isEqualTo(TaskStatus.COMPLETED_LATE);
    }

    @Test
    void aDeadlineExtendedBeforeItPassedReplacesIt() {
        TaskFacts.Revision inTime = new TaskFacts.Revision(DEADLINE.minusDays(10), DEADLINE, DEADLINE.plusDays(60));
        assertThat(on(task(null, inTime), DEADLINE.plusDays(1))).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(on(task(DEADLINE.plusDays(30), inTime), DEADLINE.plusDays(30))).isEqualTo(TaskStatus.COMPLETED_ON_TIME);
        // before the revision was recorded, the original deadline was in force
        assertThat(TaskRules.deadlineOn(task(null, inTime), DEADLINE.minusDays(11))).isEqualTo(DEADLINE);
    }

    @Test
    void aDeadlineRevisedAfterItPassedDoesNotEraseTheLateness() {
        LocalDate revisedOn = DEADLINE.plusDays(20);
        TaskFacts.Revision afterTheFact = new TaskFacts.Revision(revisedOn, DEADLINE, DEADLINE.plusDays(90));
        TaskFacts open = task(null, afterTheFact);
        // overdue until the revision, then within the new deadline
        assertThat(on(open, revisedOn.minusDays(1))).isEqualTo(TaskStatus.OVERDUE);
        assertThat(on(open, revisedOn)).isEqualTo(TaskStatus.IN_PROGRESS);
        // but completing within the new deadline still counts as late
        TaskFacts completed = task(DEADLINE.plusDays(60), afterTheFact);
        assertThat(on(completed, DEADLINE.plusDays(60))).isEqualTo(TaskStatus.COMPLETED_LATE);
    }

    @Test
    void aTaskWithoutDeadlineIsNeverOverdueAndCompletesOnTime() {
        TaskFacts noDeadline = new TaskFacts(ASSIGNED, START, null, null, List.of(), null);
        assertThat(on(noDeadline, LocalDate.of(2030, 1, 1))).isEqualTo(TaskStatus.IN_PROGRESS);
        TaskFacts done = new TaskFacts(ASSIGNED, START, null, null, List.of(), LocalDate.of(2026, 1, 1));
        assertThat(on(done, LocalDate.of(2026, 1, 1))).isEqualTo(TaskStatus.COMPLETED_ON_TIME);
    }

    @Test
    void theDayIsTheCalendarDayInVietnamNotUtc() {
        // 23:30 UTC on 30 June is 06:30 on 1 July in Hà Nội: an acceptance then is one day late.
        Instant lateEvening = Instant.parse("2025-06-30T23:30:00Z");
        LocalDate acceptedOn = lateEvening.atZone(TaskRules.VIETNAM).toLocalDate();
        assertThat(acceptedOn).isEqualTo(DEADLINE.plusDays(1));
        assertThat(on(task(acceptedOn), acceptedOn)).isEqualTo(TaskStatus.COMPLETED_LATE);
        // 16:59:59 UTC on 30 June is 23:59:59 in Hà Nội, still on the deadline day.
        LocalDate beforeMidnight = Instant.parse("2025-06-30T16:59:59Z").atZone(TaskRules.VIETNAM).toLocalDate();
        assertThat(on(task(beforeMidnight), beforeMidnight)).isEqualTo(TaskStatus.COMPLETED_ON_TIME);
        LocalDate atMidnight = Instant.parse("2025-06-30T17:00:00Z").atZone(TaskRules.VIETNAM).toLocalDate();
        assertThat(on(task(atMidnight), atMidnight)).isEqualTo(TaskStatus.COMPLETED_LATE);
    }

    @Test
    void ratesFollowTheirDefinitions() {
        StatusCounts counts = new StatusCounts(310, 60, 176, 93, 305, 930);
        assertThat(counts.total()).isEqualTo(DemoFacts.TASKS_ON_REPORT_DAY);
        assertThat(counts.completed()).isEqualTo(DemoFacts.COMPLETED_ON_REPORT_DAY);
        assertThat(counts.due()).isEqualTo(463);
        assertThat(counts.onTimeRate()).isEqualTo(DemoFacts.ON_TIME_RATE_ON_REPORT_DAY);
        assertThat(counts.completionRate()).isEqualTo(79.9);
        assertThat(counts.onScheduleRate()).isEqualTo(76.1); // (310 + 176) ÷ (370 + 93 + 176)
        assertThat(counts.averageDaysOverdue()).isEqualTo(10.0);
        assertThat(StatusCounts.NONE.onTimeRate()).isNull();
    }
}
