package vn.steerboard.registry.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.steerboard.common.PageRequest;
import vn.steerboard.registry.ChangeKind;
import vn.steerboard.registry.ConversionBasis;
import vn.steerboard.registry.LegacyResolution;
import vn.steerboard.registry.OrgUnit;
import vn.steerboard.registry.OrgUnitKind;
import vn.steerboard.registry.OrgUnitType;
import vn.steerboard.registry.UnitFormation;
import vn.steerboard.registry.UnitNames;

/** Reads the organisation tree and the 2025 conversion with explicit SQL. */
@Repository
public class OrgUnitRepository {

    private static final String COLUMNS =
            "code, type, kind, name_vi, name_en, short_name, parent_code, effective_from, effective_to";

    private final JdbcClient jdbc;

    OrgUnitRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<OrgUnit> find(String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM org_unit WHERE code = ?").param(code)
                .query(OrgUnitRepository::unit).optional();
    }

    public List<OrgUnit> children(String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM org_unit WHERE parent_code = ? ORDER BY sort_key, code")
                .param(code).query(OrgUnitRepository::unit).list();
    }

    public List<OrgUnit> search(OrgUnitType type, String parent, String query, PageRequest page) {
        Filter filter = Filter.of(type, parent, query);
        return jdbc.sql("SELECT " + COLUMNS + " FROM org_unit" + filter.where()
                        + " ORDER BY sort_key, code LIMIT ? OFFSET ?")
                .params(filter.withParams(page.size(), page.offset()))
                .query(OrgUnitRepository::unit).list();
    }

    public long count(OrgUnitType type, String parent, String query) {
        Filter filter = Filter.of(type, parent, query);
        return jdbc.sql("SELECT COUNT(*) FROM org_unit" + filter.where()).params(filter.params())
                .query(Long.class).single();
    }

    public Map<String, String> parentsByCode() {
        Map<String, String> parents = new java.util.HashMap<>();
        jdbc.sql("SELECT code, parent_code FROM org_unit")
                .query((ResultSet rs) -> {
                    parents.put(rs.getString(1), rs.getString(2));
                });
        return parents;
    }

    /** The codes of the units of one level. */
    public java.util.Set<String> codesOf(OrgUnitType type) {
        return new java.util.HashSet<>(jdbc.sql("SELECT code FROM org_unit WHERE type = ?").param(type.name())
                .query(String.class).list());
    }

    /** code, name, district, province, and what the 2025 resolutions say of a unit none of them names. */
    public Optional<String[]> legacyUnit(String code) {
        return jdbc.sql("SELECT code, name, district_name, province_name, note_2025 FROM legacy_unit WHERE code = ?")
                .param(code)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)})
                .optional();
    }

    public List<LegacyResolution.Successor> successors(String legacyCode) {
        return jdbc.sql("""
                SELECT s.successor_code, u.name_vi, p.code, p.name_vi, s.change_kind, s.note,
                       s.resolution, s.clause, s.checked_against_text, s.finding
                FROM unit_succession s
                JOIN org_unit u ON u.code = s.successor_code
                LEFT JOIN org_unit p ON p.code = u.parent_code
                WHERE s.legacy_code = ?
                ORDER BY u.sort_key, u.code""")
                .param(legacyCode)
                .query((rs, n) -> new LegacyResolution.Successor(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), ChangeKind.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7),
                        rs.getString(8), ConversionBasis.of(rs.getString(7), rs.getString(8)), rs.getBoolean(9),
                        rs.getString(10)))
                .list();
    }

    /** The old units that went into a 2025 unit, with the basis of each row. */
    public List<UnitFormation.Predecessor> predecessors(String code) {
        return jdbc.sql("""
                SELECT l.code, l.name, l.district_name, l.province_name, s.change_kind, s.resolution, s.clause,
                       s.checked_against_text
                FROM unit_succession s JOIN legacy_unit l ON l.code = s.legacy_code
                WHERE s.successor_code = ?
                ORDER BY l.code""")
                .param(code)
                .query((rs, n) -> new UnitFormation.Predecessor(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        ChangeKind.valueOf(rs.getString(5)), ConversionBasis.of(rs.getString(6), rs.getString(7)),
                        rs.getBoolean(8)))
                .list();
    }

    /** resolution, clause, arrangement of the clause that forms a 2025 unit. */
    public Optional<String[]> formation(String code) {
        return jdbc.sql("SELECT resolution, clause, arrangement FROM unit_formation WHERE code = ?").param(code)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).optional();
    }

    /** The unit an old published code now stands for (23938 → 23737). */
    public Optional<String> aliasTarget(String oldCode) {
        return jdbc.sql("SELECT code FROM org_unit_code_alias WHERE old_code = ?").param(oldCode)
                .query(String.class).optional();
    }

    /** Units whose folded name (Vietnamese or English) contains the folded text; for name matching. */
    public List<OrgUnit> withLooseName(String loose) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM org_unit WHERE search_text LIKE ? ESCAPE '\\'"
                        + " ORDER BY sort_key, code")
                .param("%" + Filter.escape(loose) + "%")
                .query(OrgUnitRepository::unit).list();
    }


    static OrgUnit unit(ResultSet rs, int row) throws SQLException {
        OrgUnitKind kind = OrgUnitKind.valueOf(rs.getString("kind"));
        java.sql.Date to = rs.getDate("effective_to");
        return new OrgUnit(rs.getString("code"), OrgUnitType.valueOf(rs.getString("type")), kind, kind.nameVi(),
                rs.getString("name_vi"), rs.getString("name_en"), rs.getString("short_name"),
                rs.getString("parent_code"), rs.getDate("effective_from").toLocalDate(),
                to == null ? null : to.toLocalDate());
    }

    /** The WHERE clause and its parameters for the three optional filters. */
    private record Filter(String where, List<Object> params) {

        static Filter of(OrgUnitType type, String parent, String query) {
            List<String> conditions = new ArrayList<>();
            List<Object> params = new ArrayList<>();
            if (type != null) {
                conditions.add("type = ?");
                params.add(type.name());
            }
            if (parent != null) {
                conditions.add("parent_code = ?");
                params.add(parent);
            }
            String folded = UnitNames.loose(query);
            if (!folded.isEmpty()) {
                conditions.add("search_text LIKE ? ESCAPE '\\'");
                params.add("%" + escape(folded) + "%");
            }
            return new Filter(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), params);
        }

        static String escape(String text) {
            return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        }

        List<Object> withParams(Object... more) {
            List<Object> all = new ArrayList<>(params);
            all.addAll(List.of(more));
            return all;
        }
    }
}
