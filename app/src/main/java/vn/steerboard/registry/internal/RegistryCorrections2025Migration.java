package vn.steerboard.registry.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import vn.steerboard.common.VietnameseText;
import vn.steerboard.registry.ChangeKind;
import vn.steerboard.registry.OrgUnitKind;
import vn.steerboard.registry.UnitNames;

/**
 * Brings a database loaded by {@link AdministrativeUnitsMigration} in line with the official
 * texts (issue 13): the commune list 1027/CTK-CSCL (codes and spellings), the resolutions
 * NQ 1654–1687/NQ-UBTVQH15 (the clause behind every conversion row, and the rows the text
 * contradicts). The reference files it reads are described in {@code reference/README.md}.
 * Runs on databases that already hold data: a unit whose code changes is re-keyed everywhere
 * it is referenced, and its old code stays resolvable as an alias.
 */
@Component
class RegistryCorrections2025Migration implements JavaMigration {

    static final String OFFICIAL_COMMUNES = "reference/official/nso-1027-ctk-cscl-communes.csv";
    static final String OFFICIAL_PROVINCES = "reference/official/nso-915-ctk-cscl-provinces.csv";
    static final String BASIS = "reference/conversion-basis-2025.csv";
    static final String CORRECTIONS = "reference/conversion-corrections-2025.csv";
    static final String DISPUTES = "reference/conversion-disputes-2025.csv";
    static final String NOT_IN_FORCE = "reference/legacy-not-in-force-2025.csv";
    static final String ALIASES = "reference/unit-code-aliases.csv";
    private static final List<String> FILES =
            List.of(OFFICIAL_COMMUNES, OFFICIAL_PROVINCES, BASIS, CORRECTIONS, DISPUTES, NOT_IN_FORCE, ALIASES);

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("61");
    }

    @Override
    public String getDescription() {
        return "registry corrections from 1027/CTK-CSCL and NQ 1654-1687/NQ-UBTVQH15";
    }

    @Override
    public Integer getChecksum() {
        CRC32 crc = new CRC32();
        FILES.forEach(file -> crc.update(read(file)));
        return (int) crc.getValue();
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        for (CSVRecord alias : csv(ALIASES)) {
            UnitRecoding.recode(connection, alias.get("old_code"), alias.get("code"), alias.get("source"));
        }
        applyOfficialNames(connection);
        refreshSearchText(connection);
        loadFormation(connection);
        applyCorrections(connection);
        markDisputes(connection);
        markNotInForce(connection);
    }

    /** Every commune and province under its name in 1027/CTK-CSCL and 915/CTK-CSCL, stored NFC. */
    private void applyOfficialNames(Connection connection) throws SQLException {
        Map<String, String> official = new LinkedHashMap<>();
        for (CSVRecord row : csv(OFFICIAL_COMMUNES)) {
            official.put(row.get("code"), UnitNames.official(row.get("name")));
        }
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT code, kind, name_vi FROM org_unit WHERE type = 'COMMUNE'");
                PreparedStatement rename = connection.prepareStatement(
                        "UPDATE org_unit SET name_vi = ?, short_name = ?, name_en = ?, sort_key = ? WHERE code = ?")) {
            List<String[]> renames = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    String name = official.get(rs.getString(1));
                    if (name != null && !name.equals(rs.getString(3))) {
                        renames.add(new String[] {rs.getString(1), rs.getString(2), name});
                    }
                }
            }
            for (String[] unit : renames) {
                OrgUnitKind kind = OrgUnitKind.valueOf(unit[1]);
                String shortName = AdministrativeUnitsMigration.stripPrefix(unit[2], kind);
                rename.setString(1, unit[2]);
                rename.setString(2, shortName);
                rename.setString(3, EnglishNames.of(shortName, kind));
                rename.setString(4, VietnameseText.sortKey(shortName));
                rename.setString(5, unit[0]);
                rename.addBatch();
            }
            rename.executeBatch();
        }
    }

    /** Search ignores diacritics and apostrophe style; recomputed for every unit. */
    private void refreshSearchText(Connection connection) throws SQLException {
        List<String[]> units = new ArrayList<>();
        try (Statement select = connection.createStatement();
                ResultSet rs = select.executeQuery("SELECT code, name_vi, name_en FROM org_unit")) {
            while (rs.next()) {
                units.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
            }
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE org_unit SET search_text = ? WHERE code = ?")) {
            for (String[] unit : units) {
                update.setString(1, SearchText.of(unit[0], unit[1], unit[2]));
                update.setString(2, unit[0]);
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    /** The clause that forms each 2025 commune, and with it the basis of every row into it. */
    private void loadFormation(Connection connection) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO unit_formation (code, resolution, clause, arrangement) VALUES (?, ?, ?, ?)")) {
            for (CSVRecord row : csv(BASIS)) {
                insert.setString(1, row.get("unit_code"));
                insert.setString(2, row.get("resolution"));
                insert.setString(3, row.get("clause"));
                insert.setString(4, row.get("arrangement"));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        MigrationSql.update(connection, "UPDATE unit_succession SET"
                + " resolution = (SELECT f.resolution FROM unit_formation f WHERE f.code = unit_succession.successor_code),"
                + " clause = (SELECT f.clause FROM unit_formation f WHERE f.code = unit_succession.successor_code)");
    }

    /** The rows the resolution text adds, removes or qualifies; each was read against its clause. */
    private void applyCorrections(Connection connection) throws SQLException {
        for (CSVRecord row : csv(CORRECTIONS)) {
            String legacy = row.get("legacy_code");
            String successor = row.get("successor_code");
            String finding = row.get("reason");
            switch (row.get("action")) {
                case "REMOVE" -> {
                    int removed = MigrationSql.update(connection,
                            "DELETE FROM unit_succession WHERE legacy_code = ? AND successor_code = ?", legacy, successor);
                    require(removed == 1, row);
                }
                case "ADD", "KIND" -> {
                    require(MigrationSql.exists(connection, "SELECT 1 FROM legacy_unit WHERE code = ?", legacy), row);
                    String kind = ChangeKind.valueOf(row.get("change_kind")).name();
                    int changed = MigrationSql.update(connection, "UPDATE unit_succession SET change_kind = ?, note = ?,"
                                    + " resolution = ?, clause = ?, checked_against_text = TRUE, finding = ?"
                                    + " WHERE legacy_code = ? AND successor_code = ?",
                            kind, row.get("note"), row.get("resolution"), row.get("clause"), finding, legacy, successor);
                    if (changed == 0) {
                        require(row.get("action").equals("ADD"), row);
                        MigrationSql.update(connection, "INSERT INTO unit_succession (legacy_code, successor_code, change_kind, note,"
                                        + " resolution, clause, checked_against_text, finding)"
                                        + " VALUES (?, ?, ?, ?, ?, ?, TRUE, ?)",
                                legacy, successor, kind, row.get("note"), row.get("resolution"), row.get("clause"),
                                finding);
                    }
                }
                default -> throw new IllegalStateException("Unknown correction " + row);
            }
        }
    }

    /** Rows of the 45 disputed units that were read against the text and stand as they are. */
    private void markDisputes(Connection connection) throws SQLException {
        for (CSVRecord row : csv(DISPUTES)) {
            MigrationSql.update(connection, "UPDATE unit_succession SET checked_against_text = TRUE, finding = ?"
                            + " WHERE legacy_code = ? AND finding IS NULL",
                    row.get("upheld").equals("REGISTRY") ? "Checked against the text: " + row.get("finding")
                            : row.get("finding"),
                    row.get("legacy_code"));
        }
    }

    private void markNotInForce(Connection connection) throws SQLException {
        for (CSVRecord row : csv(NOT_IN_FORCE)) {
            int marked = MigrationSql.update(connection, "UPDATE legacy_unit SET note_2025 = ? WHERE code = ?",
                    row.get("finding"), row.get("legacy_code"));
            require(marked == 1, row);
        }
    }

    private static void require(boolean condition, CSVRecord row) {
        if (!condition) {
            throw new IllegalStateException("Reference correction does not fit the database: " + row);
        }
    }

    static List<CSVRecord> csv(String file) {
        try (Reader reader = new InputStreamReader(new java.io.ByteArrayInputStream(read(file)),
                StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)
                    .getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read reference file " + file, e);
        }
    }

    private static byte[] read(String file) {
        try (InputStream in = new ClassPathResource(file).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read reference file " + file, e);
        }
    }
}
