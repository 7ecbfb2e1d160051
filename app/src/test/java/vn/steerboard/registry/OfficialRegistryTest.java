package vn.steerboard.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.steerboard.support.IntegrationTest;

/**
 * The whole registry held against the official texts: 1027/CTK-CSCL (25/6/2025) for the 3,321
 * communes and 915/CTK-CSCL for the 34 provinces, copied into the test resources from the
 * transcription in dvhcvn/20250701 (input/docs/1027_CTK-CSCL.md), and the conversion held
 * against NQ 1654–1687/NQ-UBTVQH15 row by row.
 */
@IntegrationTest
class OfficialRegistryTest {

    @Autowired
    Registry registry;

    @Autowired
    JdbcClient jdbc;

    private static List<CSVRecord> official(String file) throws IOException {
        try (Reader reader = new InputStreamReader(OfficialRegistryTest.class.getResourceAsStream("/official/" + file),
                StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }

    @Test
    void everyCommuneHasTheCodeNameAndProvinceOf1027CtkCscl() throws IOException {
        List<CSVRecord> list = official("1027-CTK-CSCL-communes.csv");
        assertThat(list).hasSize(3321);
        Map<String, String> expected = new TreeMap<>();
        list.forEach(r -> expected.put(r.get("code"), r.get("name") + " | " + r.get("province_code")));
        Map<String, String> actual = new TreeMap<>();
        for (OrgUnit commune : registry.all(OrgUnitType.COMMUNE, null)) {
            actual.put(commune.code(), commune.nameVi() + " | " + commune.parentCode());
        }
        // One map equality: any code, spelling or province that differs is shown side by side.
        assertThat(actual).containsExactlyEntriesOf(expected);
    }

    @Test
    void everyProvinceHasTheCodeAndNameOf915CtkCscl() throws IOException {
        Map<String, OrgUnit> provinces = registry.all(OrgUnitType.PROVINCE, null).stream()
                .collect(Collectors.toMap(OrgUnit::code, Function.identity()));
        List<CSVRecord> list = official("915-CTK-CSCL-provinces.csv");
        assertThat(list).hasSize(34);
        assertThat(provinces.keySet()).containsExactlyInAnyOrderElementsOf(list.stream().map(r -> r.get("code")).toList());
        for (CSVRecord row : list) {
            // 915/CTK-CSCL writes "Thành phố Hà Nội" but "Cao Bằng" for Tỉnh Cao Bằng.
            String name = row.get("name");
            assertThat(provinces.get(row.get("code")).nameVi()).as(row.get("code"))
                    .isIn(name, "Tỉnh " + name);
        }
    }

    @Test
    void namesAreStoredNfcWithTheAsciiApostrophe() {
        for (OrgUnit unit : registry.all(null, null)) {
            assertThat(Normalizer.isNormalized(unit.nameVi(), Normalizer.Form.NFC)).as(unit.code()).isTrue();
            assertThat(unit.nameVi()).as(unit.code()).doesNotContain("’", "‘", "ʼ");
        }
        assertThat(registry.get("24412").nameVi()).isEqualTo("Xã M'Drắk");
        assertThat(registry.get("02419").nameVi()).isEqualTo("Xã Thái Hòa");
        assertThat(registry.get("14167").nameVi()).isEqualTo("Xã Giao Thủy");
        assertThat(registry.get("13396").nameVi()).isEqualTo("Phường Nguyễn Úy");
        assertThat(registry.get("06325").nameVi()).isEqualTo("Xã Bắc Sơn");
    }

    @Test
    void iaMoHasCode23737AndItsOldCodeStillFindsIt() {
        assertThat(registry.get("23737").nameVi()).isEqualTo("Xã Ia Mơ");
        assertThat(registry.get("23737").parentCode()).isEqualTo("52");
        assertThat(registry.find("23938")).isEmpty();
        assertThat(registry.getByCodeOrAlias("23938").code()).isEqualTo("23737");
        assertThat(registry.resolveName("23938").unit().code()).isEqualTo("23737");
        // The pre-2025 Xã Ia Mơ (legacy 23938) kept its boundaries under the new code; the pre-2025
        // Xã Ia Mơ Nông, whose legacy code was 23737, went into Xã Ia Ly.
        assertThat(codes(registry.resolveLegacy("23938"))).containsExactly("23737");
        assertThat(codes(registry.resolveLegacy("23737"))).containsExactly("23734");
        assertThat(registry.formation("23737").orElseThrow().basis()).isEqualTo("1664/NQ-UBTVQH15 §1.127");
    }

    @Test
    void everyConversionRowCarriesItsResolutionAndClause() {
        long rows = jdbc.sql("SELECT COUNT(*) FROM unit_succession").query(Long.class).single();
        long withoutBasis = jdbc.sql("SELECT COUNT(*) FROM unit_succession WHERE resolution IS NULL OR clause IS NULL")
                .query(Long.class).single();
        assertThat(rows).isGreaterThan(10_000);
        assertThat(withoutBasis).isZero();
        assertThat(jdbc.sql("SELECT resolution FROM unit_succession").query(String.class).list())
                .allMatch(r -> r.matches("16(5[4-9]|[67][0-9]|8[0-7])/NQ-UBTVQH15"));
        assertThat(jdbc.sql("SELECT clause FROM unit_succession").query(String.class).list())
                .allMatch(c -> c.matches("1\\.[1-9][0-9]*"));
        // every 2025 commune is formed by exactly one clause
        assertThat(jdbc.sql("SELECT COUNT(*) FROM unit_formation").query(Long.class).single()).isEqualTo(3321);
    }

    @Test
    void everyPre2025CommuneInForceOn30June2025HasASuccessor() {
        Map<String, String> unresolved = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT l.code, l.note_2025 FROM legacy_unit l
                WHERE NOT EXISTS (SELECT 1 FROM unit_succession s WHERE s.legacy_code = l.code)
                ORDER BY l.code""").query((java.sql.ResultSet rs) -> {
                    unresolved.put(rs.getString(1), rs.getString(2));
                });
        // Each unit without a successor was looked for in its province's resolution and is named
        // by none: it was no longer in force on 30/6/2025 (an earlier merger, not verified here).
        assertThat(unresolved.values()).doesNotContainNull().allMatch(n -> n.matches("(?s).*\\b16[5-8][0-9]\\b.*"));
        assertThat(unresolved).hasSize(17);
        for (String code : unresolved.keySet()) {
            LegacyResolution resolution = registry.resolveLegacy(code);
            assertThat(resolution.outcome()).isEqualTo(LegacyResolution.NO_SUCCESSOR_RECORDED);
            assertThat(resolution.inForceOn20250630()).isFalse();
            assertThat(resolution.explanation()).contains("No 2025 resolution names this unit",
                    "earlier resolution has not been checked", unresolved.get(code));
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM legacy_unit").query(Long.class).single();
        long resolved = jdbc.sql("SELECT COUNT(DISTINCT legacy_code) FROM unit_succession").query(Long.class).single();
        assertThat(resolved).isEqualTo(total - 17);
    }

    @Test
    void myHungWentWholeIntoPhucHoa() {
        LegacyResolution myHung = registry.resolveLegacy("01651");
        assertThat(codes(myHung)).containsExactly("01648");
        assertThat(myHung.outcome()).isEqualTo("MERGED_WHOLE");
        assertThat(myHung.successors().get(0).basis()).isEqualTo("1657/NQ-UBTVQH15 §1.38");
        assertThat(myHung.successors().get(0).checkedAgainstText()).isTrue();
        // Hồng Quang, which the registry had put there, is not named by §1.38: it went into Bế Văn Đàn.
        assertThat(registry.formation("01648").orElseThrow().predecessors())
                .extracting(UnitFormation.Predecessor::code).contains("01651").doesNotContain("01615");
    }

    @Test
    void dangXaWasSplitBetweenThuanAnAndPhuDong() {
        LegacyResolution dangXa = registry.resolveLegacy("00556");
        assertThat(dangXa.outcome()).isEqualTo(LegacyResolution.SPLIT);
        assertThat(codes(dangXa)).containsExactlyInAnyOrder("00541", "00562");
        assertThat(dangXa.successors()).extracting(LegacyResolution.Successor::basis)
                .containsExactlyInAnyOrder("1656/NQ-UBTVQH15 §1.110", "1656/NQ-UBTVQH15 §1.112");
        assertThat(dangXa.successors()).allMatch(s -> s.change() == ChangeKind.MERGED_PART);
        // Cổ Bi is not named by §1.110 (xã Thuận An).
        assertThat(codes(registry.resolveLegacy("00553"))).doesNotContain("00562");
    }

    @Test
    void quangTrungOfVuBanIsUnchanged() {
        LegacyResolution quangTrung = registry.resolveLegacy("13768");
        assertThat(codes(quangTrung)).containsExactly("13753");
        assertThat(quangTrung.successors().get(0).basis()).isEqualTo("1674/NQ-UBTVQH15 §1.24");
        assertThat(quangTrung.successors().get(0).checkedAgainstText()).isTrue();
        assertThat(quangTrung.successors().get(0).finding()).contains("§1.24");
    }

    @Test
    void theFortyFiveDisputedUnitsWereEachReadAgainstTheText() {
        List<String> disputed = List.of("00553", "00556", "01615", "01651", "02482", "02485", "04012", "04111",
                "07693", "07732", "07744", "09859", "10963", "13219", "13768", "14323", "14380", "14770", "15598",
                "16387", "16411", "17647", "17899", "18448", "19039", "20176", "20669", "20674", "21727", "23053",
                "23521", "23710", "23938", "24292", "25102", "25174", "25177", "25186", "27739", "28924", "30622",
                "31240", "31379", "31588", "31771");
        assertThat(disputed).hasSize(45).doesNotHaveDuplicates();
        for (String code : disputed) {
            LegacyResolution resolution = registry.resolveLegacy(code);
            if (resolution.successors().isEmpty()) {
                assertThat(resolution.inForceOn20250630()).as(code).isFalse();
            } else {
                assertThat(resolution.successors()).as(code)
                        .allMatch(s -> s.checkedAgainstText() && s.finding() != null && s.basis() != null);
            }
        }
    }

    @Test
    void officialSpellingsAndTheirVariantsNameTheSameUnit() {
        for (String name : List.of("Xã Giao Thủy", "Xã Giao Thuỷ", "xa giao thuy", "XÃ GIAO THỦY",
                Normalizer.normalize("Xã Giao Thuỷ", Normalizer.Form.NFD))) {
            assertThat(registry.resolveName(name).unit()).as(name).extracting(OrgUnit::code).isEqualTo("14167");
        }
        for (String name : List.of("Xã M'Drắk", "Xã M’Drắk", "xa m'drak")) {
            assertThat(registry.resolveName(name).unit()).as(name).extracting(OrgUnit::code).isEqualTo("24412");
        }
        for (String name : List.of("Xã Thái Hoà, Tuyên Quang", "Xã Thái Hòa (Tỉnh Tuyên Quang)", "xa thai hoa, tuyen quang")) {
            assertThat(registry.resolveName(name).unit()).as(name).extracting(OrgUnit::code).isEqualTo("02419");
        }
        UnitMatch shared = registry.resolveName("Xã Thái Hoà");
        assertThat(shared.found()).isFalse();
        assertThat(shared.ambiguous()).isTrue();
        assertThat(shared.candidates()).extracting(OrgUnit::code).containsExactlyInAnyOrder("02419", "08788");
        // Search keeps ignoring diacritics and apostrophe style.
        assertThat(registry.search(null, null, "m’drak", vn.steerboard.common.PageRequest.of(0, 10, 10)).content())
                .extracting(OrgUnit::code).contains("24412");
        assertThat(registry.search(null, null, "dak lak", vn.steerboard.common.PageRequest.of(0, 10, 10)).content())
                .isNotEmpty();
    }

    private static List<String> codes(LegacyResolution resolution) {
        return resolution.successors().stream().map(LegacyResolution.Successor::code).toList();
    }
}
