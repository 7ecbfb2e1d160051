package vn.steerboard.quality.engine;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.steerboard.quality.engine.dictionary.Dictionary;

/**
 * A citizen registry with a defect of every finding kind planted at known rows (suite: registry.yaml), and the
 * true count of each, "check.kind", counted while planting, not derived from the engine.
 */
final class RegistryTable {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);
    static final String DDL = "CREATE TABLE citizen (id BIGINT PRIMARY KEY, cccd VARCHAR(20), full_name VARCHAR(100),"
            + " gender VARCHAR(5), birth_date DATE, tax_code VARCHAR(20), phone VARCHAR(20), landline VARCHAR(20),"
            + " email VARCHAR(100), status VARCHAR(20), province_code VARCHAR(4), commune_code VARCHAR(8), updated_at DATE,"
            + " household_no VARCHAR(20))";

    final List<Object[]> rows = new ArrayList<>();
    final Map<String, Long> truth = new HashMap<>();
    private final String commune01 = "00004";
    private final String commune79;

    RegistryTable(int size) {
        commune79 = Dictionary.standard().codes().communeProvinces().entrySet().stream()
                .filter(e -> e.getValue().equals("79")).map(Map.Entry::getKey).sorted().findFirst().orElseThrow();
        for (int i = 0; i < size; i++) {
            rows.add(row(i));
        }
    }

    long truth(String key) {
        return truth.getOrDefault(key, 0L);
    }

    private void count(String key) {
        truth.merge(key, 1L, Long::sum);
    }

    static String validTaxCode(int i) {
        for (int n = i; ; n++) {
            String nine = String.format("%09d", 100_000_000 + n * 7L % 899_999_999);
            int sum = 0;
            int[] weights = {31, 29, 23, 19, 17, 13, 7, 5, 3};
            for (int k = 0; k < 9; k++) {
                sum += weights[k] * (nine.charAt(k) - '0');
            }
            if (sum % 11 != 0) {
                return nine + (10 - sum % 11);
            }
        }
    }

    private Object[] row(int i) {
        int m = i % 100;
        LocalDate birth = LocalDate.of(1950 + i % 70, 1 + i % 12, 1 + i % 28);
        if (i % 500 == 15) {
            birth = LocalDate.of(2030, 1, 1);
            count("birth_not_future");
        }
        String gender = i % 2 == 0 ? "M" : "F";
        int digit = (birth.getYear() - 1900) / 100 * 2 + i % 2;
        String cccd = String.format("%03d%d%02d%06d", i % 3 == 0 ? 1 : i % 3 == 1 ? 79 : 48, digit, birth.getYear() % 100, i);
        switch (m) {
            case 1 -> { cccd = null; count("completeness_cccd"); }
            case 2 -> { cccd = "   "; count("completeness_cccd"); }
            case 3 -> { cccd = cccd.substring(0, 11); count("cccd_valid.bad_format"); count("cccd_shape.bad_format"); }
            case 4 -> { cccd = "003" + cccd.substring(3); count("cccd_valid.unknown_province_prefix"); }
            case 5 -> { cccd = cccd.substring(0, 3) + (digit + 2) + cccd.substring(4); count("cccd_valid.century_mismatch"); }
            case 6 -> { cccd = cccd.substring(0, 4) + String.format("%02d", (birth.getYear() + 1) % 100) + cccd.substring(6);
                count("cccd_valid.year_mismatch"); }
            case 7 -> { gender = i % 2 == 0 ? "F" : "M"; count("cccd_valid.gender_mismatch"); }
            case 8 -> { cccd = " " + cccd; count("cccd_valid.surrounding_whitespace"); count("cccd_shape.surrounding_whitespace"); }
            default -> { }
        }
        if (i % 250 == 40) {
            Object[] previous = rows.get(i - 1);
            cccd = (String) previous[1];
            gender = (String) previous[3];
            birth = (LocalDate) previous[4];
            count("cccd_unique");
        }
        String name = i % 2 == 0 ? "Nguyễn Văn An" : "Trần Thị Bích Ngọc";
        switch (i % 200) {
            case 9 -> { name = Normalizer.normalize(name, Normalizer.Form.NFD); count("name_valid.not_nfc"); count("nfc_full_name.not_nfc"); }
            case 10 -> { name = "Nguyễn Văn 2"; count("name_valid.digits_in_name"); }
            case 11 -> { name = "Nguyễn  Văn"; count("name_valid.bad_format"); }
            case 12 -> { name = "Nguyễn Văn An "; count("name_valid.surrounding_whitespace"); }
            case 13 -> { name = ""; }
            default -> { }
        }
        String tax = validTaxCode(i);
        switch (m) {
            case 11 -> { tax = tax.substring(0, 9) + ((tax.charAt(9) - '0' + 1) % 10); count("tax_code_valid.bad_check_digit"); }
            case 12 -> { tax = tax.substring(0, 9); count("tax_code_valid.bad_format"); }
            case 13 -> { tax = tax + "-000"; count("tax_code_valid.bad_format"); }
            case 14 -> { tax = "0000000000"; count("tax_code_valid.bad_check_digit"); }
            case 15 -> { tax = " " + tax; count("tax_code_valid.surrounding_whitespace"); }
            default -> { }
        }
        String phone = "09" + String.format("%08d", i);
        if (m == 16) { phone = "12345"; count("phone_valid.bad_format"); }
        if (m == 17) { phone = phone + " "; count("phone_valid.surrounding_whitespace"); }
        String landline = "024" + String.format("%08d", i);
        if (m == 18) { landline = "0438253456"; count("landline_valid.bad_format"); }
        if (m == 19) { landline = null; }
        String email = "nguoi" + i + "@example.vn";
        if (m == 20) { email = "abc@"; count("email_valid.bad_format"); }
        if (m == 21) { email = ""; } // a quoted empty string in CSV: empty, not NULL
        if (m == 38) { email = null; count("email_recorded"); }
        String status = m == 22 ? "UNKNOWN" : "ACTIVE";
        if (m == 22) { count("status_allowed"); }
        String province = i % 2 == 0 ? "01" : "79";
        String commune = i % 2 == 0 ? commune01 : commune79;
        LocalDate updated = i % 10 == 0 ? LocalDate.of(2025, 1, 1) : LocalDate.of(2026, 10, 20);
        switch (m) {
            case 23 -> { province = "02"; commune = null; count("province_in_force.retired"); }
            case 24 -> { province = "99"; commune = null; count("province_in_force.unknown_code"); }
            case 25 -> { province = "1"; commune = null; count("province_in_force.bad_format"); }
            case 26 -> { province = "02"; commune = null; updated = LocalDate.of(2025, 1, 1); } // in force then
            case 27 -> { province = " 01"; commune = null; count("province_in_force.surrounding_whitespace"); }
            case 28 -> { commune = "00001"; count("commune_in_force.retired"); count("commune_in_province.unknown_code"); }
            case 29 -> { commune = "99999"; count("commune_in_force.unknown_code"); count("commune_in_province.unknown_code"); }
            case 30 -> { commune = "0004"; count("commune_in_force.bad_format"); count("commune_in_province.unknown_code"); }
            case 31 -> { commune = "00001"; updated = LocalDate.of(2025, 1, 1); count("commune_in_province.unknown_code"); }
            case 32 -> { commune = i % 2 == 0 ? commune79 : commune01; count("commune_in_province.commune_not_in_province"); }
            case 33 -> { commune = " " + commune; count("commune_in_force.surrounding_whitespace");
                count("commune_in_province.surrounding_whitespace"); }
            case 34 -> { province = "02"; commune = null; updated = null; count("province_in_force.retired"); } // undated: as of
            default -> { }
        }
        if (updated != null && updated.isBefore(AS_OF.minusDays(30))) {
            count("updated_30_days");
        }
        String household = String.format("HK%06d", i % 1_000_000);
        if (m == 35) { household = "HK12"; count("household_pattern.bad_format"); count("household_trimmed.bad_format"); }
        if (m == 36) { household = " " + household; count("household_pattern.surrounding_whitespace"); }
        if (m == 37) { household = null; }
        return new Object[] {(long) i, cccd, name, gender, birth, tax, phone, landline, email, status, province, commune,
                updated, household};
    }

    void load(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS citizen");
            statement.execute(DDL);
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO citizen VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Object[] row : rows) {
                for (int c = 0; c < row.length; c++) {
                    Object value = row[c];
                    if (value instanceof LocalDate date) {
                        insert.setDate(c + 1, Date.valueOf(date));
                    } else if (value == null) {
                        insert.setNull(c + 1, c == 4 || c == 12 ? java.sql.Types.DATE : java.sql.Types.VARCHAR);
                    } else {
                        insert.setObject(c + 1, value);
                    }
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
        connection.commit();
        connection.setAutoCommit(autoCommit);
    }
}
