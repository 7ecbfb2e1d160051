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

/**
 * A citizen-registry-like table with defects planted at known rows, and the true count of every defect,
 * counted while planting (not derived from the engine).
 */
final class CitizenTable {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 1);

    record Row(long id, String cccd, String fullName, LocalDate birthDate, String taxCode, String phone, String email,
            String status, String provinceCode, String communeCode, LocalDate updatedAt, String householdNo) {
    }

    final List<Row> rows = new ArrayList<>();
    final Map<String, Long> truth = new HashMap<>();

    CitizenTable(int size) {
        for (int i = 0; i < size; i++) {
            rows.add(row(i));
        }
    }

    private void count(String key) {
        truth.merge(key, 1L, Long::sum);
    }

    private static String validTaxCode(int i) {
        for (int n = i; ; n++) {
            String nine = String.format("%09d", 100_000_000 + n * 7 % 899_999_999);
            int sum = 0;
            int[] weights = {31, 29, 23, 19, 17, 13, 7, 5, 3};
            for (int k = 0; k < 9; k++) {
                sum += weights[k] * (nine.charAt(k) - '0');
            }
            int check = 10 - sum % 11;
            if (check < 10) {
                return nine + check;
            }
        }
    }

    private Row row(int i) {
        LocalDate birth = LocalDate.of(1950 + i % 70, 1 + i % 12, 1 + i % 28);
        if (i % 500 == 15) {
            birth = LocalDate.of(2030, 1, 1);
            count("birth.future");
        }
        int genderCentury = (birth.getYear() >= 2000 ? 2 : 0) + i % 2;
        String cccd = String.format("%03d%d%02d%06d", i % 3 == 0 ? 1 : i % 3 == 1 ? 79 : 48, genderCentury,
                birth.getYear() % 100, i);
        String name = i % 2 == 0 ? "Nguyễn Văn An" : "Trần Thị Bích Ngọc";
        String tax = validTaxCode(i);
        String phone = "09" + String.format("%08d", i);
        String email = "nguoi" + i + "@example.vn";
        String status = "ACTIVE";
        String province = i % 2 == 0 ? "01" : "79";
        String commune = "00004";
        LocalDate updated = LocalDate.of(2026, 10, 20);
        String household = String.format("HK%06d", i);

        if (i % 100 == 1) { cccd = null; count("cccd.missing"); }
        else if (i % 100 == 2) { cccd = "   "; count("cccd.missing"); }
        else if (i % 100 == 3) { cccd = cccd.substring(0, 11); count("cccd.invalid"); }
        else if (i % 100 == 4) { cccd = "003" + cccd.substring(3); count("cccd.invalid"); }
        else if (i % 100 == 5) { cccd = cccd.substring(0, 3) + ((genderCentury + 2) % 10) + cccd.substring(4); count("cccd.invalid"); }
        if (i % 250 == 7) {
            // the same person registered twice: same CCCD, same birth date
            cccd = rows.get(i - 1).cccd();
            birth = rows.get(i - 1).birthDate();
            count("cccd.duplicateKeys");
        }
        if (i % 200 == 9) { name = Normalizer.normalize(name, Normalizer.Form.NFD); count("name.nfd"); count("name.invalid"); }
        else if (i % 200 == 10) { name = "Nguyễn Văn 2"; count("name.invalid"); }
        if (i % 100 == 11) { tax = tax.substring(0, 9) + ((tax.charAt(9) - '0' + 1) % 10); count("tax.invalid"); }
        if (i % 100 == 12) { phone = "12345"; count("phone.invalid"); }
        if (i % 100 == 13) { email = "abc@"; count("email.invalid"); }
        if (i % 100 == 14) { status = "UNKNOWN"; count("status.invalid"); }
        if (i % 10 == 0) { updated = LocalDate.of(2025, 1, 1); count("updated.stale"); }
        if (i % 100 == 16) { province = "02"; count("province.retired"); }
        else if (i % 100 == 17) { province = "99"; count("province.unknown"); }
        if (i % 100 == 18) { commune = "00001"; count("commune.retired"); }
        if (i % 100 == 19) { household = "HK12"; count("household.invalid"); }
        if (i % 100 == 21) { household = null; }
        return new Row(i, cccd, name, birth, tax, phone, email, status, province, commune, updated, household);
    }

    static final String DDL = "CREATE TABLE citizen (id BIGINT PRIMARY KEY, cccd VARCHAR(20), full_name VARCHAR(100),"
            + " birth_date DATE, tax_code VARCHAR(20), phone VARCHAR(20), email VARCHAR(100), status VARCHAR(20),"
            + " province_code VARCHAR(4), commune_code VARCHAR(8), updated_at DATE, household_no VARCHAR(20))";

    void load(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS citizen");
            statement.execute(DDL);
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO citizen VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Row r : rows) {
                insert.setLong(1, r.id());
                insert.setString(2, r.cccd());
                insert.setString(3, r.fullName());
                insert.setDate(4, Date.valueOf(r.birthDate()));
                insert.setString(5, r.taxCode());
                insert.setString(6, r.phone());
                insert.setString(7, r.email());
                insert.setString(8, r.status());
                insert.setString(9, r.provinceCode());
                insert.setString(10, r.communeCode());
                insert.setDate(11, Date.valueOf(r.updatedAt()));
                insert.setString(12, r.householdNo());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        connection.commit();
        connection.setAutoCommit(autoCommit);
    }
}
