package vn.steerboard.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.steerboard.quality.engine.Findings;
import vn.steerboard.quality.engine.ScanReport;
import vn.steerboard.quality.engine.cli.ScanCommand;
import vn.steerboard.quality.engine.report.ReportWriters;
import vn.steerboard.quality.internal.UnitFolders;
import vn.steerboard.support.Api;
import vn.steerboard.support.IntegrationTest;
import vn.steerboard.support.TestFixtures;
import vn.steerboard.support.DemoFacts;

/**
 * One masking exit: a generated table with a column for every element of the dictionary, mostly wrong values,
 * scanned by the server and by the command line. No run of four or more characters of any personal value appears
 * in any output (the JSON and HTML reports in both languages, the text report, error texts, API answers, pages);
 * administrative codes and other non-personal values appear in clear, and findings are in the reader's language.
 */
@IntegrationTest
class MaskingTest {

    private static final int ROWS = 40;

    @LocalServerPort
    int port;

    @Autowired
    UnitFolders folders;

    /** Every dictionary element; personal_data lists the birth date as well, which no element makes personal. */
    private static final String SUITE = """
            table: citizen
            primary_key: [id]
            personal_data: [birth_date]
            checks:
              - {id: cccd_valid, type: dictionary, column: cccd, element: cccd, related_column: birth_date}
              - {id: cccd_unique, type: uniqueness, column: cccd}
              - {id: mst_valid, type: dictionary, column: tax_code, element: mst}
              - {id: mobile_valid, type: dictionary, column: mobile, element: mobile}
              - {id: landline_valid, type: dictionary, column: landline, element: landline}
              - {id: email_valid, type: dictionary, column: email, element: email}
              - {id: name_valid, type: dictionary, column: full_name, element: person_name}
              - {id: name_pattern, type: pattern, column: full_name, pattern: '^[A-Z].*$'}
              - {id: province_valid, type: dictionary, column: province_code, element: province_code, related_column: updated_at}
              - {id: commune_valid, type: dictionary, column: commune_code, element: commune_code, related_column: updated_at}
              - {id: commune_in_province, type: dictionary, column: commune_code, element: commune_in_province, related_column: province_code}
              - {id: birth_range, type: range, column: birth_date, min: 1980-01-01}
              - {id: status_allowed, type: allowed_values, column: status, values: [ACTIVE]}
            """.replace("primary_key: [id]", "primary_key: id");

    record Table(String csv, Set<String> personal) {
    }

    /** Wrong values of every kind, from a fixed seed; letters and digits chosen so that no value repeats another. */
    private static Table table() {
        Random random = new Random(20251201);
        StringBuilder csv = new StringBuilder("id,cccd,tax_code,mobile,landline,email,full_name,birth_date,province_code,"
                + "commune_code,updated_at,status\n");
        Set<String> personal = new LinkedHashSet<>();
        // syllables no page text has, so that four characters of a name can only come from the name
        String[] given = {"Zoẳnx", "Jhuỹtq", "Wởnz", "Fẹtz", "Jẽmx", "Zỵqj", "Wyếcx", "Fẳwk"};
        String[] family = {"Jỳzoq", "Wẵngx", "Zuỵuq", "Fẫnj", "Jằkw"};
        for (int i = 0; i < ROWS; i++) {
            LocalDate birth = LocalDate.of(1951 + random.nextInt(28), 3 + random.nextInt(6), 13 + random.nextInt(15));
            String cccd = switch (i % 4) {
                case 0 -> "097" + random.nextInt(2) + String.format("%02d", birth.getYear() % 100) + digits(random, 6); // no province
                case 1 -> "001" + (2 + random.nextInt(2)) + digits(random, 2) + digits(random, 6);                    // wrong century
                case 2 -> "0" + digits(random, 8);                                                                   // short
                default -> "001" + random.nextInt(2) + String.format("%02d", birth.getYear() % 100 + 1) + digits(random, 6); // year
            };
            if (i == 39) {
                cccd = csvField(csv, 0, 1); // a duplicate of the first row's number
            }
            String tax = i % 3 == 0 ? "01" + digits(random, 8) : i % 3 == 1 ? digits(random, 9) : "0" + digits(random, 9) + "-000";
            String mobile = "01" + digits(random, 9);
            String landline = "0" + (3 + random.nextInt(6)) + digits(random, 9);
            String email = given[i % given.length].toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "q") + "." + digits(random, 5)
                    + (i % 2 == 0 ? "@@hoptho" + digits(random, 3) : "_at_hoptho" + digits(random, 3) + ".vn");
            String name = family[i % family.length] + " " + given[(i * 7) % given.length] + (i % 2 == 0 ? " " + digits(random, 2)
                    : "  Zỹz");
            String province = i % 5 == 0 ? "02" : i % 5 == 1 ? "77" : "01";
            String commune = i % 3 == 0 ? "00001" : i % 3 == 1 ? "99999" : DemoFacts.BA_DINH;
            csv.append(String.join(",", String.valueOf(i), cccd, tax, mobile, landline, email, name, birth.toString(), province,
                    commune, "2026-10-0" + (1 + i % 9), i % 2 == 0 ? "GONE" : "ACTIVE")).append('\n');
            personal.addAll(List.of(cccd, tax, mobile, landline, email, name, birth.toString()));
        }
        return new Table(csv.toString(), personal);
    }

    private static String csvField(StringBuilder csv, int row, int column) {
        return csv.toString().split("\n")[row + 1].split(",")[column];
    }

    private static String digits(Random random, int count) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < count; i++) {
            digits.append((char) ('1' + random.nextInt(9)));
        }
        return digits.toString();
    }

    /**
     * Everything of an output that could carry a value: timestamps and durations taken out (they are the clock's), and
     * JSON numbers (ids, counts, scores such as 83.78812 of other sources in the ranking): a value of a personal column
     * leaves only as a string.
     */
    private static String comparable(String output) {
        // the report's own date (asOf) is the clock's: on 03/12 "2026-12-03" shares "2-03" with a birth date 1962-03-13
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        for (int day = -1; day <= 2; day++) {
            output = output.replace(today.plusDays(day).toString(), " ");
        }
        // other tests' sources are named with random UUIDs; their hex digits are not personal values
        return output.replaceAll("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}", " ")
                .replaceAll(":\\s*-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?", ": 0")
                .replaceAll("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+(Z|[+-]\\d{2}:\\d{2})?", " ")
                .replaceAll("\"(durationMillis|sqlMillis|javaMillis)\"\\s*:\\s*\\d+", " ").replaceAll("\\d+ ms", " ")
                .replaceAll("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}", " ");
    }

    private static void assertNoRunOfAnyPersonalValue(Set<String> personal, Map<String, String> outputs) {
        for (Map.Entry<String, String> output : outputs.entrySet()) {
            String text = comparable(output.getValue());
            for (String value : personal) {
                for (int i = 0; i + 4 <= value.length(); i++) {
                    String run = value.substring(i, i + 4);
                    if (run.isBlank() || run.chars().allMatch(c -> c == '-')) {
                        continue;
                    }
                    assertThat(text).as("%s shows '%s' of the personal value '%s'", output.getKey(), run, value)
                            .doesNotContain(run);
                }
            }
        }
    }

    @Test
    void noPersonalValueLeavesAnyExitAndCodesStayInClear() throws Exception {
        Table table = table();
        String unit = TestFixtures.unit("00025", "MaskingTest"); // Phường Giảng Võ, Hà Nội
        String officer = TestFixtures.account(port, "fx.giangvo.officer", "OFFICER", unit);
        Path folder = folders.unitFolder(unit);
        String fileName = "masking-table.csv"; // no random name: a UUID could share four characters with a value
        Path file = folder.resolve(fileName);
        Files.writeString(file, table.csv(), StandardCharsets.UTF_8);
        Map<String, String> outputs = new java.util.LinkedHashMap<>();
        try {
            Api api = Api.as(port, officer);
            Map<String, Object> draft = new HashMap<>();
            draft.put("ownerUnit", unit);
            draft.put("name", "Bảng kiểm tra che dữ liệu");
            draft.put("kind", "FILE");
            draft.put("location", fileName);
            draft.put("suiteYaml", SUITE);
            Api.Reply created = api.post("/api/quality/sources", draft);
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            long id = created.json().get("id").asLong();
            JsonNode scan = waitForScan(api, api.post("/api/quality/sources/" + id + "/scans", Map.of()).json()
                    .get("id").asLong());
            assertThat(scan.get("status").asString()).as(scan.toString()).isEqualTo("SUCCEEDED");
            ScanReport report = ReportWriters.fromJson(scan.get("reportJson").asString());
            outputs.put("scan answer", scan.toString());
            outputs.put("JSON report", scan.get("reportJson").asString());
            outputs.put("HTML report (vi)", ReportWriters.html(report, Findings.VIETNAMESE));
            outputs.put("HTML report (en)", ReportWriters.html(report, Locale.ENGLISH));
            outputs.put("text report", ReportWriters.text(report, Locale.ENGLISH));
            outputs.put("history", api.get("/api/quality/sources/" + id + "/scans").body());
            outputs.put("source", api.get("/api/quality/sources/" + id).body());
            outputs.put("retired codes (vi)", api.get("/api/quality/retired-codes").body());
            outputs.put("retired codes (en)", api.get("/api/quality/retired-codes?lang=en").body());
            outputs.put("ranking", api.get("/api/quality/ranking").body());
            outputs.put("source page", api.get("/quality/sources/" + id).body());
            outputs.put("six criteria (vi)", api.get("/api/quality/sources/" + id + "/criteria").body());
            outputs.put("six criteria (en)", api.get("/api/quality/scans/" + scan.get("id").asLong() + "/criteria?lang=en").body());
            outputs.put("quality page", api.get("/quality").body());

            // an error text: a conversion that fails on a personal value says so without the value
            Api.Reply broken = send(api, "/api/quality/sources/" + id + "/suite",
                    "table: citizen\nchecks:\n  - type: expression\n    expression: \"CAST(cccd AS INTEGER) > 0 AND CAST(full_name AS DATE) IS NOT NULL\"\n");
            assertThat(broken.status()).as(broken.toString()).isEqualTo(200);
            JsonNode failed = waitForScan(api, api.post("/api/quality/sources/" + id + "/scans", Map.of()).json()
                    .get("id").asLong());
            assertThat(failed.get("status").asString()).isEqualTo("FAILED");
            assertThat(failed.get("error").asString()).contains("could not be converted");
            outputs.put("error text", failed.toString());

            // the command line: the same exit
            Path json = Files.createTempFile("masking", ".json");
            Path html = Files.createTempFile("masking", ".html");
            Path suite = Files.createTempFile("masking", ".yaml");
            Files.writeString(suite, SUITE);
            int exit = new picocli.CommandLine(new ScanCommand()).execute("--suite", suite.toString(), "--file",
                    file.toString(), "--json", json.toString(), "--html", html.toString(), "--lang", "en");
            assertThat(exit).isIn(0, 1);
            outputs.put("command line JSON", Files.readString(json));
            outputs.put("command line HTML", Files.readString(html));
            Files.delete(json);
            Files.delete(html);
            Files.delete(suite);

            assertNoRunOfAnyPersonalValue(table.personal(), outputs);

            // non-personal values in clear: retired and unknown codes, their successors, statuses
            String en = outputs.get("HTML report (en)");
            assertThat(en).contains("retired province code 02", "retired commune code 00001", "unknown commune code 99999",
                    "GONE");
            assertThat(outputs.get("HTML report (vi)")).contains("mã tỉnh đã hết hiệu lực 02", "mã xã đã hết hiệu lực 00001")
                    .contains("chữ số thế kỷ không khớp năm sinh", "hai chữ số năm sinh không khớp ngày sinh");
            assertThat(outputs.get("retired codes (vi)")).contains("mã kế thừa");
            assertThat(outputs.get("retired codes (en)")).contains("successor(s)");
            // personal values are masked, not dropped: their examples are there, as stars between two ends
            assertThat(outputs.get("JSON report")).containsPattern("\\d{2}\\*{8}\\d{2} — \\{cccd\\.")
                    .contains("{mst.check_digit}").contains("{cccd.century}").contains("{cccd.year}").contains("{name.digits}");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private Api.Reply send(Api ignored, String path, String yaml) throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        ("fx.giangvo.officer:" + Api.DEMO_PASSWORD).getBytes()))
                .header("Content-Type", "application/yaml").PUT(java.net.http.HttpRequest.BodyPublishers.ofString(yaml)).build();
        var response = java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
        return new Api.Reply(response.statusCode(), response.body(), "");
    }

    private JsonNode waitForScan(Api api, long scanId) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            JsonNode scan = api.get("/api/quality/scans/" + scanId).json();
            if (!"RUNNING".equals(scan.get("status").asString())) {
                return scan;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("scan " + scanId + " did not finish");
    }
}
