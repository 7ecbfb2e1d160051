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

    /** The code that stands for the nation: the top of every lineage, above provinces and central agencies. */
    public static final String NATION = "VN";

    private final OrgUnitRepository units;
    private volatile Map<String, String> parents;
    private volatile java.util.Set<String> communes;

    Registry(OrgUnitRepository units) {
        this.units = units;
    }

    public Optional<OrgUnit> find(String code) {
        return code == null ? Optional.empty() : units.find(code);
    }

    public OrgUnit get(String code) {
        return find(code).orElseThrow(() -> new NotFoundException("Organisation unit '" + code + "' does not exist")
                .because("problem.unit.notFound", code));
    }

    /**
     * The unit with this code, or the unit an earlier published code now stands for (23938, once
     * given to Xã Ia Mơ, is 23737 in 1027/CTK-CSCL). The unit returned carries its current code.
     */
    public OrgUnit getByCodeOrAlias(String code) {
        return find(code).or(() -> code == null ? Optional.empty() : units.aliasTarget(code).flatMap(units::find))
                .orElseThrow(() -> new NotFoundException("Organisation unit '" + code + "' does not exist")
                .because("problem.unit.notFound", code));
    }

    /**
     * The unit a user means by a code or a name, as imports and name-taking APIs read it. A name
     * matches the official name or the short name after {@link UnitNames#key} (tone placement,
     * apostrophe, case, spacing, NFC/NFD); when nothing matches that way, after {@link UnitNames#loose}
     * (no diacritics). A province may follow the name, "Xã Thái Hòa, Tuyên Quang" or
     * "Xã Thái Hòa (Tỉnh Tuyên Quang)", to choose between units of the same name; a name that is
     * still shared is ambiguous and the match lists every candidate.
     */
    public UnitMatch resolveName(String text) {
        String query = text == null ? "" : text.strip();
        if (query.isEmpty()) {
            return new UnitMatch(query, null, List.of());
        }
        Optional<OrgUnit> byCode = (exists(query) ? find(query) : Optional.<OrgUnit>empty())
                .or(() -> units.aliasTarget(query).flatMap(units::find));
        if (byCode.isPresent()) {
            return new UnitMatch(query, byCode.get(), List.of(byCode.get()));
        }
        List<OrgUnit> candidates = named(query);
        if (candidates.isEmpty()) {
            String[] qualified = splitQualifier(query);
            if (qualified != null) {
                List<OrgUnit> provinces = named(qualified[1]).stream()
                        .filter(u -> u.type() == OrgUnitType.PROVINCE).toList();
                candidates = named(qualified[0]).stream()
                        .filter(u -> provinces.stream().anyMatch(p -> isWithin(u.code(), p.code()))).toList();
            }
        }
        return new UnitMatch(query, candidates.size() == 1 ? candidates.get(0) : null, candidates);
    }

    /** The units whose name is this one: by key first, by the diacritic-free form when none. */
    private List<OrgUnit> named(String name) {
        String loose = UnitNames.loose(name);
        if (loose.isEmpty()) {
            return List.of();
        }
        List<OrgUnit> looseMatches = units.withLooseName(loose).stream()
                .filter(u -> loose.equals(UnitNames.loose(u.nameVi())) || loose.equals(UnitNames.loose(u.shortName())))
                .toList();
        String key = UnitNames.key(name);
        List<OrgUnit> exact = looseMatches.stream()
                .filter(u -> key.equals(UnitNames.key(u.nameVi())) || key.equals(UnitNames.key(u.shortName())))
                .toList();
        return exact.isEmpty() ? looseMatches : exact;
    }

    /** "Name, Province" or "Name (Province)" → {name, province}; null when there is no qualifier. */
    private static String[] splitQualifier(String text) {
        if (text.endsWith(")") && text.lastIndexOf('(') > 0) {
            int open = text.lastIndexOf('(');
            return new String[] {text.substring(0, open).strip(), text.substring(open + 1, text.length() - 1).strip()};
        }
        int comma = text.lastIndexOf(',');
        if (comma > 0 && comma < text.length() - 1) {
            return new String[] {text.substring(0, comma).strip(), text.substring(comma + 1).strip()};
        }
        return null;
    }

    /** The clause that formed a 2025 unit, and the old units that went into it. */
    public Optional<UnitFormation> formation(String code) {
        return units.formation(code).map(f -> new UnitFormation(code, f[0], f[1], ConversionBasis.of(f[0], f[1]),
                ConversionBasis.citationVi(f[0], f[1]), f[2], units.predecessors(code)));
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

    /**
     * True for a commune, ward or special zone: the lowest level, which has no units below it, so that whatever is
     * counted over its subtree is what it reported itself. The indicator roll-ups keep no row for such a unit, so a
     * migration that ever changed a unit's level would have to run the roll-up repair ({@code indicator rebuild}).
     */
    public boolean isLowestLevel(String code) {
        java.util.Set<String> loaded = communes;
        if (loaded == null) {
            // read once, as the tree's shape (reference data changes only by migration)
            loaded = units.codesOf(OrgUnitType.COMMUNE);
            communes = loaded;
        }
        return loaded.contains(code);
    }

    public boolean exists(String code) {
        return code != null && parents().containsKey(code);
    }

    public LegacyResolution resolveLegacy(String legacyCode) {
        String[] legacy = units.legacyUnit(legacyCode).orElseThrow(
                () -> new NotFoundException("Legacy unit code '" + legacyCode + "' is not in the pre-2025 list")
                .because("problem.unit.legacyUnknown", legacyCode));
        List<LegacyResolution.Successor> successors = units.successors(legacyCode);
        String outcome;
        String explanation;
        Boolean inForce = true;
        if (successors.isEmpty()) {
            outcome = LegacyResolution.NO_SUCCESSOR_RECORDED;
            inForce = legacy[4] == null ? null : false;
            // Every unit in force on 30/6/2025 is named by a clause of NQ 1654–1687/NQ-UBTVQH15; these
            // were looked for in the resolution of their province and are not named (merged earlier).
            explanation = legacy[4] != null
                    ? "No 2025 resolution names this unit, so it was no longer in force on 30/6/2025 (merged"
                            + " before 2025; the earlier resolution has not been checked). " + legacy[4]
                    : "The 2025 conversion names no successor for this unit.";
        } else if (successors.size() > 1) {
            outcome = LegacyResolution.SPLIT;
            explanation = "The unit was split: its parts went to " + successors.size() + " new units ("
                    + String.join("; ", successors.stream().map(s -> s.name() + ", " + s.basis()).toList()) + ").";
        } else {
            LegacyResolution.Successor only = successors.get(0);
            outcome = only.change().name();
            explanation = "The unit went into " + only.name()
                    + (only.basis() == null ? "." : " (" + only.basis() + ").");
        }
        return new LegacyResolution(legacy[0], legacy[1], legacy[2], legacy[3], outcome, explanation, inForce,
                successors);
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
