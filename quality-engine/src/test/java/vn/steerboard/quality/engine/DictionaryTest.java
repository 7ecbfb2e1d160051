package vn.steerboard.quality.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.steerboard.quality.engine.dictionary.Dictionary;
import vn.steerboard.quality.engine.dictionary.Element;

/** The dictionary's validators on real edge cases. */
class DictionaryTest {

    private final Dictionary dictionary = Dictionary.standard();

    private String problem(String element, String value, Object related) {
        return dictionary.find(element).orElseThrow().problem(value, related).map(Element.Finding::reason).orElse(null);
    }

    private String kind(String element, String value, Object related) {
        return dictionary.find(element).orElseThrow().problem(value, related).map(Element.Finding::kind).orElse(null);
    }

    @Test
    void citizenIdChecksLengthBirthProvinceAndCentury() {
        assertThat(problem("cccd", "001095012345", LocalDate.of(1995, 3, 2))).isNull();      // Hà Nội, male, 1995
        assertThat(problem("cccd", "079303012345", LocalDate.of(2003, 7, 1))).isNull();      // HCMC, female, 2003
        assertThat(problem("cccd", "079303012345", LocalDate.of(1903, 7, 1))).isEqualTo("the century digit does not match the birth year")
                .doesNotContain("2003").doesNotContain("1903");
        assertThat(kind("cccd", "079303012345", LocalDate.of(1903, 7, 1))).isEqualTo("century_mismatch");
        assertThat(kind("cccd", "079304012345", LocalDate.of(2003, 7, 1))).isEqualTo("year_mismatch");
        assertThat(kind("cccd", "079303012345", LocalDate.of(1899, 7, 1))).isEqualTo("century_mismatch");
        Element cccd = dictionary.find("cccd").orElseThrow();
        assertThat(cccd.problem("079303012345", LocalDate.of(2003, 7, 1), "F")).isEmpty();       // 3 = female, 2000s
        assertThat(cccd.problem("079303012345", LocalDate.of(2003, 7, 1), "nam")).map(Element.Finding::kind)
                .contains("gender_mismatch");
        assertThat(cccd.problem("079203012345", LocalDate.of(2003, 7, 1), "Nữ")).map(Element.Finding::kind)
                .contains("gender_mismatch");
        assertThat(cccd.problem("079203012345", LocalDate.of(2003, 7, 1), "?")).isEmpty();       // unknown gender: not judged
        assertThat(problem("cccd", "079203012345", LocalDate.of(2003, 1, 1))).isNull();      // male born 2003
        assertThat(problem("cccd", "00109501234", null)).isEqualTo("not 12 digits");
        assertThat(problem("cccd", "00109501234A", null)).isEqualTo("not 12 digits");
        assertThat(problem("cccd", "003095012345", null)).isEqualTo("the first three digits are not a birth-province code");
        assertThat(problem("cccd", "097095012345", null)).doesNotContain("097").contains("birth-province"); // no province 097, and the finding never quotes digits
        assertThat(problem("cccd", "096195012345", LocalDate.of(1995, 1, 1))).isNull();      // Cà Mau, female
    }

    @Test
    void taxCodeCheckDigit() {
        // 010010114: 31·0+29·1+23·0+19·0+17·1+13·0+7·1+5·1+3·4 = 70; 70 mod 11 = 4; 10 − 4 = 6
        assertThat(problem("mst", "0100101146", null)).isNull();
        assertThat(problem("mst", "0100101147", null)).isEqualTo("wrong check digit");
        assertThat(problem("mst", "0100101146-001", null)).isNull();
        assertThat(problem("mst", "0100101146001", null)).isNull();
        assertThat(problem("mst", "0100101146-000", null)).contains("000");
        assertThat(problem("mst", "010010114", null)).contains("10 digits");
        // 000000001: sum 3, mod 11 = 3, check 7
        assertThat(problem("mst", "0000000017", null)).isNull();
        // a prefix whose sum is 0 mod 11 needs check digit 10, which is never issued
        assertThat(problem("mst", "0000000000", null)).isEqualTo("no valid check digit exists for the first nine digits");
    }

    @Test
    void phonesEmailsAndNames() {
        assertThat(problem("mobile", "0912345678", null)).isNull();
        assertThat(problem("mobile", "+84912345678", null)).isNull();
        assertThat(problem("mobile", "0321234567", null)).isNull();
        assertThat(problem("mobile", "01212345678", null)).isNotNull();   // 11-digit numbers retired in 2018
        assertThat(problem("mobile", "0312345678", null)).isNotNull();    // 031 is not a mobile prefix
        assertThat(problem("landline", "02438253456", null)).isNull();    // Hà Nội 024
        assertThat(problem("landline", "0438253456", null)).isNotNull();  // pre-2017 area code 04
        assertThat(problem("email", "an.nguyen@bkhcn.gov.vn", null)).isNull();
        assertThat(problem("email", "an.nguyen@", null)).isNotNull();
        assertThat(problem("person_name", "Nguyễn Thị Ánh Tuyết", null)).isNull();
        assertThat(problem("person_name", Normalizer.normalize("Nguyễn Thị Ánh Tuyết", Normalizer.Form.NFD), null))
                .contains("NFC");
        assertThat(problem("person_name", "Nguyễn Văn 2", null)).contains("digits");
        assertThat(problem("person_name", "Nguyễn  Văn", null)).contains("single spaces");
    }

    @Test
    void administrativeCodesAreJudgedOnTheRecordsDate() {
        assertThat(problem("province_code", "01", LocalDate.of(2026, 1, 1))).isNull();
        assertThat(kind("province_code", "02", LocalDate.of(2026, 1, 1))).isEqualTo("retired");
        assertThat(problem("province_code", "02", LocalDate.of(2026, 1, 1))).contains("successor(s) 08");   // Hà Giang → Tuyên Quang
        assertThat(problem("province_code", "02", LocalDate.of(2025, 6, 30))).isNull();                 // still in force then
        assertThat(kind("province_code", "02", null)).isEqualTo("retired");                              // undated: today's list
        assertThat(kind("province_code", "99", null)).isEqualTo("unknown_code");
        assertThat(kind("province_code", "1", null)).isEqualTo("bad_format");
        assertThat(problem("commune_code", "00004", LocalDate.of(2026, 1, 1))).isNull();
        assertThat(problem("commune_code", "00001", LocalDate.of(2026, 1, 1))).contains("retired", "00097");
        assertThat(problem("commune_code", "00001", LocalDate.of(2025, 1, 1))).isNull();
        assertThat(kind("commune_code", "99999", LocalDate.of(2026, 1, 1))).isEqualTo("unknown_code");
        assertThat(kind("commune_code", "0001", LocalDate.of(2026, 1, 1))).isEqualTo("bad_format");
        assertThat(kind("commune_in_province", "00004", "79")).isEqualTo("commune_not_in_province");
        assertThat(kind("commune_in_province", "00004", "01")).isNull();
    }

    @Test
    void maskingKeepsOnlyTheEnds() {
        assertThat(Masking.mask("001295012345")).isEqualTo("00********45");
        assertThat(Masking.mask("12345")).isEqualTo("1***5");
        assertThat(Masking.mask("0912")).isEqualTo("****");
        assertThat(Masking.mask("Nguyễn Văn An")).isEqualTo("Ng*********An");
        // masking a masked value changes nothing, so uploaded reports pass the same exit
        assertThat(Masking.mask(Masking.mask("Nguyễn Văn An"))).isEqualTo("Ng*********An");
    }

    @Test
    void wilsonBoundDoesNotLetASmallDatabaseWinOnNoise() {
        double small = Scores.wilsonLowerBound(20, 20);
        double large = Scores.wilsonLowerBound(995_000, 1_000_000);
        assertThat(small).isLessThan(large);
        assertThat(Scores.wilsonLowerBound(0, 0)).isZero();
    }
}
