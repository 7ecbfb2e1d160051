package vn.steerboard.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.steerboard.common.NotFoundException;
import vn.steerboard.common.Page;
import vn.steerboard.common.PageRequest;
import vn.steerboard.registry.internal.OrgUnitRepository;

/** The organisation registry: the public API other modules use to look up units and subtrees. */
@Service
public class Registry {

    private final OrgUnitRepository units;
    private volatile Map<String, String> parents;

    Registry(OrgUnitRepository units) {
        this.units = units;
    }

    public Optional<OrgUnit> find(String code) {
        return code == null ? Optional.empty() : units.find(code);
    }

    public OrgUnit get(String code) {
        return find(code).orElseThrow(() -> new NotFoundException("Organisation unit '" + code + "' does not exist"));
    }

    public Page<OrgUnit> search(OrgUnitType type, String parent, String query, PageRequest page) {
        if (parent != null) {
            get(parent);
        }
        return Page.of(units.search(type, parent, query, page), page, units.count(type, parent, query));
    }

    public List<OrgUnit> children(String code) {
        get(code);
        return units.children(code);
    }

    /** Every unit of a type (under a parent when given), in Vietnamese order: the members of a league. */
    public List<OrgUnit> all(OrgUnitType type, String parent) {
        return units.search(type, parent, null, new PageRequest(0, 10_000));
    }

    /** The unit and its ancestors, from the unit up to the top of the tree. */
    public List<String> lineage(String code) {
        List<String> lineage = new ArrayList<>();
        Map<String, String> parentOf = parents();
        for (String current = code; current != null && lineage.size() < 10; current = parentOf.get(current)) {
            lineage.add(current);
        }
        return lineage;
    }

    /** True when {@code unitCode} is {@code ancestorCode} itself or lies below it. */
    public boolean isWithin(String unitCode, String ancestorCode) {
        return unitCode != null && ancestorCode != null && lineage(unitCode).contains(ancestorCode);
    }

    public boolean exists(String code) {
        return code != null && parents().containsKey(code);
    }

    public LegacyResolution resolveLegacy(String legacyCode) {
        String[] legacy = units.legacyUnit(legacyCode).orElseThrow(
                () -> new NotFoundException("Legacy unit code '" + legacyCode + "' is not in the pre-2025 list"));
        List<LegacyResolution.Successor> successors = units.successors(legacyCode);
        String outcome;
        String explanation;
        if (successors.isEmpty()) {
            outcome = LegacyResolution.NO_SUCCESSOR_RECORDED;
            // The pre-2025 list predates some 2023-2024 mergers; those communes are absent from
            // the 2025 conversion table, so no successor can be named from official data.
            explanation = "The official 2025 conversion table names no successor for this unit;"
                    + " it was most likely merged before 2025.";
        } else if (successors.size() > 1) {
            outcome = LegacyResolution.SPLIT;
            explanation = "The unit was split: its parts went to " + successors.size() + " new units.";
        } else {
            outcome = successors.get(0).change().name();
            explanation = "The unit went into " + successors.get(0).name() + ".";
        }
        return new LegacyResolution(legacy[0], legacy[1], legacy[2], legacy[3], outcome, explanation, successors);
    }

    private Map<String, String> parents() {
        Map<String, String> loaded = parents;
        if (loaded == null) {
            // Reference data changes only by migration, so the tree's shape is read once.
            loaded = units.parentsByCode();
            parents = loaded;
        }
        return loaded;
    }
}
