package vn.steerboard.registry.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.steerboard.common.VietnameseText;
import vn.steerboard.registry.ChangeKind;
import vn.steerboard.registry.OrgUnitKind;
import vn.steerboard.registry.OrgUnitType;

/**
 * Loads the official administrative units and the central agencies once, inside Flyway's
 * transaction, so a database either has the whole reference set or none of it.
 */
@Component
class AdministrativeUnitsMigration implements JavaMigration {

    static final String UNITS_2025 = "reference/vn-admin-units-2025.json";
    static final String UNITS_PRE_2025 = "reference/vn-admin-units-pre-2025.csv";
    static final String CONVERSION = "reference/vn-admin-units-2025-conversion.csv";
    static final String CENTRAL_AGENCIES = "reference/central-agencies.csv";
    static final LocalDate TWO_TIER_START = LocalDate.of(2025, 7, 1);

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("1.1");
    }

    @Override
    public String getDescription() {
        return "load administrative units and central agencies";
    }

    @Override
    public Integer getChecksum() {
        CRC32 crc = new CRC32();
        for (String file : List.of(UNITS_2025, UNITS_PRE_2025, CONVERSION, CENTRAL_AGENCIES)) {
            crc.update(read(file));
        }
        return (int) crc.getValue();
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (UnitWriter units = new UnitWriter(connection)) {
            loadCentralAgencies(units);
            loadProvincesAndCommunes(units);
        }
        loadLegacyUnitsAndConversion(connection);
    }

    private void loadCentralAgencies(UnitWriter units) throws SQLException {
        for (CSVRecord row : csv(CENTRAL_AGENCIES, 1)) {
            OrgUnitKind kind = OrgUnitKind.valueOf(row.get(1));
            String name = VietnameseText.clean(row.get(2));
            String shortName = name.startsWith("Bộ ") ? name.substring(3) : name;
            units.add(row.get(0), OrgUnitType.CENTRAL, kind, name, row.get(3), shortName, null,
                    LocalDate.parse(row.get(4)));
        }
    }

    private void loadProvincesAndCommunes(UnitWriter units) throws SQLException {
        JsonNode provinces = JsonMapper.builder().build().readTree(read(UNITS_2025));
        for (JsonNode province : provinces) {
            String provinceCode = "%02d".formatted(province.get("code").asInt());
            writeUnit(units, province, provinceCode, OrgUnitType.PROVINCE, null);
            for (JsonNode commune : province.get("wards")) {
                writeUnit(units, commune, "%05d".formatted(commune.get("code").asInt()), OrgUnitType.COMMUNE,
                        provinceCode);
            }
        }
    }

    private void writeUnit(UnitWriter units, JsonNode node, String code, OrgUnitType type, String parent)
            throws SQLException {
        String name = VietnameseText.clean(node.get("name").asString());
        OrgUnitKind kind = OrgUnitKind.fromDivisionType(node.get("division_type").asString());
        String shortName = stripPrefix(name, kind);
        units.add(code, type, kind, name, EnglishNames.of(shortName, kind), shortName, parent, TWO_TIER_START);
    }

    static String stripPrefix(String name, OrgUnitKind kind) {
        String prefix = kind.namePrefix() + " ";
        return name.startsWith(prefix) ? name.substring(prefix.length()) : name;
    }

    private void loadLegacyUnitsAndConversion(Connection connection) throws SQLException {
        Map<String, String[]> legacy = new LinkedHashMap<>();
        for (CSVRecord row : csv(UNITS_PRE_2025, 1)) {
            String code = row.get(5).strip();
            if (!code.isEmpty()) {
                legacy.putIfAbsent(code, new String[] {code, VietnameseText.clean(row.get(4)),
                        VietnameseText.clean(row.get(6)), row.get(3).strip(), VietnameseText.clean(row.get(2)),
                        row.get(1).strip(), VietnameseText.clean(row.get(0))});
            }
        }
        Map<String, String[]> successions = new LinkedHashMap<>();
        addIslandDistricts(connection, legacy, successions);
        for (CSVRecord row : csv(CONVERSION, 2)) {
            if (row.size() < 6 || row.get(2).isBlank() || row.get(4).isBlank()) {
                continue; // a province heading line of the official table
            }
            String newCode = row.get(2).strip();
            String oldCode = row.get(4).strip();
            String note = VietnameseText.clean(row.get(5));
            successions.putIfAbsent(oldCode + "→" + newCode,
                    new String[] {oldCode, newCode, ChangeKind.fromNote(note).name(), note});
            // A few old communes appear only in the conversion table: keep what it says of them.
            legacy.putIfAbsent(oldCode, new String[] {oldCode, VietnameseText.clean(row.get(3)), null,
                    codeInBrackets(row.get(6)), nameBeforeBrackets(row.get(6)), codeInBrackets(row.get(7)),
                    nameBeforeBrackets(row.get(7))});
        }
        batch(connection, "INSERT INTO legacy_unit (code, name, level_name, district_code, district_name,"
                + " province_code, province_name) VALUES (?, ?, ?, ?, ?, ?, ?)", legacy.values());
        batch(connection, "INSERT INTO unit_succession (legacy_code, successor_code, change_kind, note)"
                + " VALUES (?, ?, ?, ?)", successions.values());
    }

    /**
     * Island districts had no communes, so the official lists give them no commune code; in
     * 2025 each became a special zone of the same name. They resolve by their district code.
     */
    private void addIslandDistricts(Connection connection, Map<String, String[]> legacy,
            Map<String, String[]> successions) throws SQLException {
        Map<String, String> specialZones = new java.util.HashMap<>();
        try (PreparedStatement zones = connection.prepareStatement(
                "SELECT code, short_name FROM org_unit WHERE kind = 'SPECIAL_ZONE'");
                java.sql.ResultSet rs = zones.executeQuery()) {
            while (rs.next()) {
                specialZones.put(VietnameseText.fold(rs.getString(2)), rs.getString(1));
            }
        }
        for (CSVRecord row : csv(UNITS_PRE_2025, 1)) {
            String districtName = VietnameseText.clean(row.get(2));
            if (!row.get(5).isBlank() || !districtName.startsWith("Huyện ")) {
                continue;
            }
            String zone = specialZones.get(VietnameseText.fold(districtName.substring("Huyện ".length())));
            String code = row.get(3).strip();
            legacy.putIfAbsent(code, new String[] {code, districtName, "Huyện", code, districtName,
                    row.get(1).strip(), VietnameseText.clean(row.get(0))});
            if (zone != null) {
                successions.putIfAbsent(code + "→" + zone, new String[] {code, zone, ChangeKind.RETYPED.name(),
                        "Huyện đảo trở thành đặc khu từ 01/7/2025"});
            }
        }
    }

    private static String codeInBrackets(String text) {
        int open = text.lastIndexOf('(');
        int close = text.lastIndexOf(')');
        return open >= 0 && close > open ? text.substring(open + 1, close).strip() : null;
    }

    private static String nameBeforeBrackets(String text) {
        int open = text.lastIndexOf('(');
        return VietnameseText.clean(open >= 0 ? text.substring(0, open) : text);
    }

    private static void batch(Connection connection, String sql, Iterable<String[]> rows) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (String[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    statement.setString(i + 1, row[i] == null || row[i].isEmpty() ? null : row[i]);
                }
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private static List<CSVRecord> csv(String file, int headerLines) {
        try (Reader reader = new InputStreamReader(new java.io.ByteArrayInputStream(read(file)),
                StandardCharsets.UTF_8)) {
            List<CSVRecord> records = new ArrayList<>(CSVFormat.RFC4180.builder().get().parse(reader).getRecords());
            return records.subList(Math.min(headerLines, records.size()), records.size());
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

    /** Batches inserts into org_unit, computing the search text and the Vietnamese sort key. */
    private static final class UnitWriter implements AutoCloseable {
        private final PreparedStatement statement;

        UnitWriter(Connection connection) throws SQLException {
            statement = connection.prepareStatement("INSERT INTO org_unit (code, type, kind, name_vi, name_en,"
                    + " short_name, parent_code, search_text, sort_key, effective_from)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        }

        void add(String code, OrgUnitType type, OrgUnitKind kind, String nameVi, String nameEn, String shortName,
                String parent, LocalDate effectiveFrom) throws SQLException {
            statement.setString(1, code);
            statement.setString(2, type.name());
            statement.setString(3, kind.name());
            statement.setString(4, nameVi);
            statement.setString(5, nameEn);
            statement.setString(6, shortName);
            statement.setString(7, parent);
            statement.setString(8, SearchText.of(code, nameVi, nameEn));
            statement.setString(9, VietnameseText.sortKey(shortName));
            statement.setDate(10, Date.valueOf(effectiveFrom));
            statement.addBatch();
        }

        @Override
        public void close() throws SQLException {
            statement.executeBatch();
            statement.close();
        }
    }
}
