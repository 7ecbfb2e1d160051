package vn.steerboard.programme;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.steerboard.common.InvalidParameterException;
import vn.steerboard.common.Page;
import vn.steerboard.common.PageRequest;
import vn.steerboard.identity.AccessPolicy;
import vn.steerboard.identity.Actor;
import vn.steerboard.identity.Role;
import vn.steerboard.programme.internal.TaskFigureStore;
import vn.steerboard.registry.OrgUnit;
import vn.steerboard.registry.OrgUnitType;
import vn.steerboard.registry.Registry;

/**
 * The programme's figures as of any day: summaries, rankings and task lists, all derived from the
 * records by {@link TaskRules}. Aggregates (summaries, rankings) are open to every signed-in user; task
 * lists are limited to the reader's own subtree.
 */
@Service
public class TaskFigures {

    private final TaskFigureStore store;
    private final Registry registry;
    private final AccessPolicy access;

    TaskFigures(TaskFigureStore store, Registry registry, AccessPolicy access) {
        this.store = store;
        this.registry = registry;
        this.access = access;
    }

    /** Counts and rates for the unit's subtree, or the whole programme when {@code unitCode} is null. */
    public StatusCounts summary(LocalDate asOf, String unitCode) {
        if (unitCode != null) {
            registry.get(unitCode);
        }
        return store.summary(asOf, unitCode);
    }

    /**
     * A league table on the day: every unit of the league, ranked by the on-time completion rate's small-sample
     * lower bound (highest first), then fewer overdue tasks, then more tasks completed; units with no task due
     * yet come last, unranked. A province's figures include its communes' tasks.
     */
    public List<AgencyFigures> ranking(LocalDate asOf, League league, String parentCode) {
        List<OrgUnit> units = leagueUnits(league, parentCode);
        // Grouped by lead agency in SQL; a commune's counts are then added to its province here, which is
        // cheaper than joining the unit table into the scan.
        Map<String, StatusCounts> byUnit = new HashMap<>();
        for (TaskFigureStore.UnitCounts row : store.byLeadUnit(asOf, league, parentCode)) {
            String key = league == League.PROVINCES ? provinceOf(row.unitCode()) : row.unitCode();
            byUnit.merge(key, row.counts(), StatusCounts::plus);
        }
        List<AgencyFigures> rows = units.stream().map(unit -> new AgencyFigures(0, unit.code(), unit.nameVi(),
                byUnit.getOrDefault(unit.code(), StatusCounts.NONE))).toList();
        return Ranking.rank(rows);
    }

    /** The league on the day, each row with its rank on {@code since} (e.g. the last meeting) for ▲▼. */
    public List<AgencyFigures> ranking(LocalDate asOf, LocalDate since, League league, String parentCode) {
        Map<String, Integer> before = new HashMap<>();
        ranking(since, league, parentCode).forEach(row -> before.put(row.unitCode(), row.rank()));
        return ranking(asOf, league, parentCode).stream()
                .map(row -> row.withPreviousRank(before.getOrDefault(row.unitCode(), 0))).toList();
    }

    private List<OrgUnit> leagueUnits(League league, String parentCode) {
        return switch (league) {
            case MINISTRIES -> registry.search(OrgUnitType.CENTRAL, null, null, PageRequest.of(0, 500, 500)).content();
            case PROVINCES -> registry.search(OrgUnitType.PROVINCE, null, null, PageRequest.of(0, 500, 500)).content();
            case COMMUNES -> {
                if (parentCode == null || registry.get(parentCode).type() != OrgUnitType.PROVINCE) {
                    throw new InvalidParameterException("parent", parentCode, "the communes league needs a province code")
                    .because("reason.league.province");
                }
                yield registry.children(parentCode);
            }
        };
    }

    private String provinceOf(String unitCode) {
        List<String> lineage = registry.lineage(unitCode);
        return lineage.get(lineage.size() - 1);
    }

    /** Tasks on the day, filtered, sorted and paged, within what the reader may see. */
    public Page<TaskView> tasks(LocalDate asOf, TaskFilter filter, PageRequest page) {
        TaskFilter scoped = scopeToReader(filter);
        long total = store.count(asOf, scoped);
        return Page.of(store.page(asOf, scoped, page), page, total);
    }

    /** Tasks overdue on the day, most days overdue first. */
    public Page<TaskView> overdue(LocalDate asOf, String unitCode, PageRequest page) {
        return tasks(asOf, TaskFilter.overdue(unitCode), page);
    }

    /** Tasks not completed whose deadline falls within {@code days} days after the day, soonest first. */
    public Page<TaskView> dueWithin(LocalDate asOf, int days, String unitCode, PageRequest page) {
        return tasks(asOf, TaskFilter.dueWithin(days, unitCode), page);
    }

    /** Officers, leaders and unit-bound viewers see only their subtree; a foreign unit filter is refused. */
    private TaskFilter scopeToReader(TaskFilter filter) {
        Actor actor = access.requireActor();
        boolean global = actor.isAdmin() || (actor.role() == Role.VIEWER && actor.unitCode() == null);
        if (global) {
            return filter;
        }
        if (filter.unit() == null) {
            return filter.withUnit(actor.unitCode());
        }
        access.requireRead(filter.unit(), "task", null);
        return filter;
    }

    /** How many tasks of the subtree (or programme) lack a clarity, among those assigned by the day. */
    public long incompleteAssignments(LocalDate asOf, String unitCode) {
        return store.incompleteAssignments(asOf, unitCode);
    }

    /**
     * How many tasks of the subtree (or programme) waited for acceptance ("Chờ nghiệm thu") on the day: reported
     * done, not yet accepted or returned. Their status stays in progress or overdue until accepted.
     */
    public long awaitingAcceptance(LocalDate asOf, String unitCode) {
        return store.awaitingAcceptance(asOf, unitCode);
    }
}
