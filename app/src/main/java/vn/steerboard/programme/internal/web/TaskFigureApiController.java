package vn.steerboard.programme.internal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.steerboard.common.AsOf;
import vn.steerboard.common.Page;
import vn.steerboard.common.PageRequest;
import vn.steerboard.programme.AgencyFigures;
import vn.steerboard.programme.League;
import vn.steerboard.programme.StatusCounts;
import vn.steerboard.programme.TaskFigures;
import vn.steerboard.programme.TaskFilter;
import vn.steerboard.programme.TaskView;

/** The programme's figures as of any day ({@code ?asOf=}, default today): summaries, rankings and task lists. */
@RestController
@RequestMapping("/api/tasks")
@Tag(name = "Tasks", description = "Programme tasks with the six clarities, derived status, rates and rankings")
class TaskFigureApiController {

    private final TaskFigures figures;

    TaskFigureApiController(TaskFigures figures) {
        this.figures = figures;
    }

    record Summary(LocalDate asOf, String unit, long total, long completed, long completedOnTime, long completedLate,
            long inProgressWithinDeadline, long overdue, long notStarted, long due, long startedOrDue,
            Double onTimeCompletionRate, Double completionRate, Double onScheduleRate, Double averageDaysOverdue,
            long incompleteAssignments, long awaitingAcceptance) {

        static Summary of(LocalDate day, String unit, StatusCounts c, long incomplete, long awaiting) {
            return new Summary(day, unit, c.total(), c.completed(), c.completedOnTime(), c.completedLate(),
                    c.inProgress(), c.overdue(), c.notStarted(), c.due(), c.startedOrDue(), c.onTimeRate(),
                    c.completionRate(), c.onScheduleRate(), c.averageDaysOverdue(), incomplete, awaiting);
        }
    }

    @GetMapping("/summary")
    @Operation(summary = "Counts of each status and the three rates as of a date",
            description = "For the unit's subtree, or the whole programme without 'unit'. Rates in percent, one decimal;"
                    + " null when their denominator is zero. Definitions in the README.")
    Summary summary(
            @Parameter(description = Web.AS_OF, schema = @Schema(type = "string", format = "date")) AsOf asOf,
            @RequestParam(required = false) String unit) {
        String scope = Web.blankToNull(unit);
        return Summary.of(asOf.day(), scope, figures.summary(asOf.day(), scope),
                figures.incompleteAssignments(asOf.day(), scope), figures.awaitingAcceptance(asOf.day(), scope));
    }

    @GetMapping("/ranking")
    @Operation(summary = "League table of ministries, provinces, or the communes of one province (parent)")
    List<AgencyFigures> ranking(@RequestParam League league,
            @Parameter(description = Web.AS_OF, schema = @Schema(type = "string", format = "date")) AsOf asOf,
            @RequestParam(required = false) String parent,
            @Parameter(description = "Compare ranks with this day (yyyy-mm-dd), e.g. the last meeting", schema = @Schema(type = "string", format = "date"))
            @RequestParam(required = false) LocalDate since) {
        return since == null ? figures.ranking(asOf.day(), league, Web.blankToNull(parent))
                : figures.ranking(asOf.day(), since, league, Web.blankToNull(parent));
    }

    @GetMapping
    @Operation(summary = "Tasks with their status as of a date, filtered, sorted and paged (own subtree only)")
    Page<TaskView> list(
            @Parameter(description = Web.AS_OF, schema = @Schema(type = "string", format = "date")) AsOf asOf,
            @ParameterObject TaskFilter filter,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return figures.tasks(asOf.day(), filter, PageRequest.of(page, size, 50));
    }

    @GetMapping("/overdue")
    @Operation(summary = "Tasks overdue on a date, most days overdue first")
    Page<TaskView> overdue(
            @Parameter(description = Web.AS_OF, schema = @Schema(type = "string", format = "date")) AsOf asOf,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return figures.overdue(asOf.day(), Web.blankToNull(unit), PageRequest.of(page, size, 50));
    }

    @GetMapping("/due")
    @Operation(summary = "Tasks not completed whose deadline falls within N days")
    Page<TaskView> due(@RequestParam(defaultValue = "7") int days,
            @Parameter(description = Web.AS_OF, schema = @Schema(type = "string", format = "date")) AsOf asOf,
            @RequestParam(required = false) String unit, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return figures.dueWithin(asOf.day(), days, Web.blankToNull(unit), PageRequest.of(page, size, 50));
    }
}
