package vn.steerboard.submission.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.steerboard.identity.AccessPolicy;
import vn.steerboard.identity.Actor;
import vn.steerboard.identity.Role;
import vn.steerboard.registry.OrgUnitType;
import vn.steerboard.registry.Registry;
import vn.steerboard.submission.SubmissionStatus;

/** The approval chain of a unit's values: the unit, its ancestors, then the nation; and who may approve at a level. */
@Component
public class ApprovalLevels {

    private final Registry registry;
    private final AccessPolicy access;

    ApprovalLevels(Registry registry, AccessPolicy access) {
        this.registry = registry;
        this.access = access;
    }

    /** The approval levels of a unit: itself, its ancestors, then the nation. */
    public List<String> of(String unit) {
        List<String> levels = new ArrayList<>(registry.lineage(unit));
        levels.add(Registry.NATION);
        return levels;
    }

    /** The level whose approval a submission awaits next. */
    public String next(SubmissionStore.Head head) {
        List<String> levels = of(head.unit());
        int index = head.approvedThrough() == null ? 0 : levels.indexOf(head.approvedThrough()) + 1;
        return levels.get(Math.min(index, levels.size() - 1));
    }

    public String nextOrNull(SubmissionStore.Head head) {
        return head.status() == SubmissionStatus.SUBMITTED ? next(head) : null;
    }

    public boolean mayApproveAt(Actor actor, String level) {
        if (actor == null || level == null) {
            return false;
        }
        if (actor.isAdmin()) {
            return true;
        }
        return !Registry.NATION.equals(level) && (actor.role() == Role.LEADER && registry.isWithin(level, actor.unitCode())
                || access.isDeputyOver(actor, level));
    }

    /** The approver of a level: ADMIN for the nation, a leader (or his deputy) over the unit otherwise. */
    public Actor requireApprover(String level, SubmissionStore.Head head, String attempt) {
        if (Registry.NATION.equals(level)) {
            access.requireAdmin("SUBMISSION", String.valueOf(head.id()));
            return access.requireActor();
        }
        return access.requireLeaderOver(level, attempt, "SUBMISSION", String.valueOf(head.id()));
    }

    /** A unit and the communes under it: the units a list of submissions covers. */
    public List<String> subtree(String unit) {
        List<String> units = new ArrayList<>();
        units.add(unit);
        registry.all(OrgUnitType.COMMUNE, unit).forEach(child -> units.add(child.code()));
        return units;
    }

    public String unitName(String code) {
        return registry.find(code).map(u -> u.nameVi()).orElse(code);
    }
}
