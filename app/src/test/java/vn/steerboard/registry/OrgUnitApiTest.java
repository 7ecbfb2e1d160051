package vn.steerboard.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.steerboard.support.Api;
import vn.steerboard.support.IntegrationTest;
import vn.steerboard.support.DemoFacts;

@IntegrationTest
class OrgUnitApiTest {

    @LocalServerPort
    int port;

    Api api() {
        return Api.anonymous(port);
    }

    @Test
    void listsExactly34Provinces() {
        JsonNode page = api().get("/api/org-units?type=PROVINCE&size=100").json();
        assertThat(page.get("totalElements").asInt()).isEqualTo(34);
        assertThat(page.get("content")).hasSize(34);
        assertThat(page.get("content").valueStream().map(u -> u.get("type").asString())).containsOnly("PROVINCE");
        assertThat(page.get("content").valueStream().map(u -> u.get("kind").asString()))
                .containsOnly("CITY", "PROVINCE").filteredOn("CITY"::equals).hasSize(6);
    }

    @Test
    void communesTotal3321With2621Xa687Phuong13DacKhu() {
        List<JsonNode> communes = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode reply = api().get("/api/org-units?type=COMMUNE&size=500&page=" + page).json();
            assertThat(reply.get("totalElements").asInt()).isEqualTo(3321);
            reply.get("content").forEach(communes::add);
            if (page + 1 >= reply.get("totalPages").asInt()) {
                break;
            }
        }
        Map<String, Integer> kinds = new HashMap<>();
        communes.forEach(c -> kinds.merge(c.get("kindName").asString(), 1, Integer::sum));
        assertThat(communes).hasSize(3321);
        assertThat(communes.stream().map(c -> c.get("code").asString()).distinct()).hasSize(3321);
        assertThat(kinds).containsExactlyInAnyOrderEntriesOf(Map.of("xã", 2621, "phường", 687, "đặc khu", 13));
    }

    @Test
    void centralAgenciesAfterThe2025Reorganisation() {
        JsonNode page = api().get("/api/org-units?type=CENTRAL&size=100").json();
        assertThat(page.get("totalElements").asInt()).isEqualTo(17);
        JsonNode bca = api().get("/api/org-units/BCA").json();
        assertThat(bca.get("nameVi").asString()).isEqualTo("Bộ Công an");
        assertThat(bca.get("nameEn").asString()).isEqualTo("Ministry of Public Security");
        assertThat(bca.get("kind").asString()).isEqualTo("MINISTRY");
    }

    @Test
    void oneUnitWithItsChildren() {
        JsonNode hanoi = api().get("/api/org-units/01").json();
        assertThat(hanoi.get("nameVi").asString()).isEqualTo("Thành phố Hà Nội");
        assertThat(hanoi.get("type").asString()).isEqualTo("PROVINCE");
        assertThat(hanoi.get("kindName").asString()).isEqualTo("thành phố");
        JsonNode children = api().get("/api/org-units/01/children").json();
        assertThat(children.size()).isGreaterThan(100);
        assertThat(children.valueStream().map(c -> c.get("parentCode").asString())).containsOnly("01");
        assertThat(children.valueStream().map(c -> c.get("code").asString())).contains("00004");
    }

    @Test
    void childrenOfAllProvincesAddUpTo3321() {
        int total = 0;
        for (JsonNode province : api().get("/api/org-units?type=PROVINCE&size=100").json().get("content")) {
            total += api().get("/api/org-units/" + province.get("code").asString() + "/children").json().size();
        }
        assertThat(total).isEqualTo(3321);
    }

    @Test
    void searchIgnoresCaseAndDiacritics() {
        for (String query : List.of("ha noi", "HÀ NỘI", "Ha Noi", "hà nội")) {
            JsonNode page = api().get("/api/org-units?type=PROVINCE&q=" + Api.encode(query)).json();
            assertThat(page.get("content").valueStream().map(u -> u.get("nameVi").asString()))
                    .as("query %s", query).containsExactly("Thành phố Hà Nội");
        }
    }

    @Test
    void dMatchesDStroke() {
        JsonNode page = api().get("/api/org-units?type=PROVINCE&q=da+nang").json();
        assertThat(page.get("content").valueStream().map(u -> u.get("nameVi").asString()))
                .containsExactly("Thành phố Đà Nẵng");
        JsonNode communes = api().get("/api/org-units?parent=01&q=" + Api.encode("ba dinh")).json();
        assertThat(communes.get("content").valueStream().map(u -> u.get("nameVi").asString()))
                .contains("Phường Ba Đình");
    }

    @Test
    void resultsAreInVietnameseOrder() {
        JsonNode page = api().get("/api/org-units?type=PROVINCE&size=100").json();
        List<String> names = page.get("content").valueStream().map(u -> u.get("shortName").asString()).toList();
        List<String> expected = new ArrayList<>(names);
        expected.sort(Collator.getInstance(new ULocale("vi")));
        assertThat(names).isEqualTo(expected);
        // Đ sorts after D and before E, not after Z as in code-point order.
        assertThat(names.indexOf("Đà Nẵng")).isLessThan(names.indexOf("Gia Lai"));
        assertThat(names.get(0)).isEqualTo("An Giang");
    }

    @Test
    void pagingIsStable() {
        JsonNode first = api().get("/api/org-units?type=COMMUNE&parent=01&size=10&page=0").json();
        JsonNode second = api().get("/api/org-units?type=COMMUNE&parent=01&size=10&page=1").json();
        assertThat(first.get("content")).hasSize(10);
        assertThat(first.get("content").get(9).get("code").asString())
                .isNotEqualTo(second.get("content").get(0).get("code").asString());
        assertThat(first.get("totalElements").asInt()).isEqualTo(second.get("totalElements").asInt());
    }

    @Test
    void oldQuanThanhResolvesToBaDinh() {
        JsonNode resolution = api().get("/api/org-units/resolve?legacyCode=00013").json();
        assertThat(resolution.get("legacyName").asString()).isEqualTo("Phường Quán Thánh");
        assertThat(resolution.get("outcome").asString()).isEqualTo("MERGED_WHOLE");
        assertThat(resolution.get("successors")).hasSize(1);
        assertThat(resolution.get("successors").get(0).get("code").asString()).isEqualTo("00004");
        assertThat(resolution.get("successors").get(0).get("name").asString()).isEqualTo("Phường Ba Đình");
    }

    @Test
    void splitCommuneResolvesToAllSuccessors() {
        // Phường Cửa Nam (old 00019) was split between four new wards.
        JsonNode resolution = api().get("/api/org-units/resolve?legacyCode=00019").json();
        assertThat(resolution.get("outcome").asString()).isEqualTo("SPLIT");
        assertThat(resolution.get("successors").valueStream().map(s -> s.get("code").asString()))
                .containsExactlyInAnyOrder("00004", "00070", "00190", "00226");
        assertThat(resolution.get("successors").valueStream().map(s -> s.get("change").asString()))
                .contains("MERGED_PART");
    }

    @Test
    void islandDistrictResolvesToItsSpecialZone() {
        JsonNode resolution = api().get("/api/org-units/resolve?legacyCode=318").json();
        assertThat(resolution.get("legacyName").asString()).isEqualTo("Huyện Bạch Long Vĩ");
        assertThat(resolution.get("outcome").asString()).isEqualTo("RETYPED");
        JsonNode zone = resolution.get("successors").get(0);
        assertThat(zone.get("name").asString()).isEqualTo("Đặc khu Bạch Long Vĩ");
        assertThat(api().get("/api/org-units/" + zone.get("code").asString()).json().get("kind").asString())
                .isEqualTo("SPECIAL_ZONE");
    }

    @Test
    void everyPre2025CommuneResolvesOrSaysWhyNot() {
        // Phường 14 of Bình Thạnh is named by 1685/NQ-UBTVQH15 §1.43 (phường Bình Thạnh); the table
        // the registry was built from had left it out.
        JsonNode phuong14 = api().get("/api/org-units/resolve?legacyCode=26935").json();
        assertThat(phuong14.get("outcome").asString()).isEqualTo("MERGED_WHOLE");
        assertThat(phuong14.get("successors").get(0).get("code").asString()).isEqualTo("26929");
        assertThat(phuong14.get("successors").get(0).get("basis").asString()).isEqualTo("1685/NQ-UBTVQH15 §1.43");
        // Xã Chiềng Ly is named by no clause of the Sơn La resolution: merged before 2025.
        JsonNode resolution = api().get("/api/org-units/resolve?legacyCode=03751").json();
        assertThat(resolution.get("outcome").asString()).isEqualTo("NO_SUCCESSOR_RECORDED");
        assertThat(resolution.get("inForceOn20250630").asBoolean()).isFalse();
        assertThat(resolution.get("explanation").asString()).contains("before 2025", "1681/NQ-UBTVQH15");
    }

    @Test
    void resolveShowsTheResolutionAndClauseOfEveryRow() {
        JsonNode dangXa = api().get("/api/org-units/resolve?legacyCode=00556").json();
        assertThat(dangXa.get("outcome").asString()).isEqualTo("SPLIT");
        Map<String, String> basis = new HashMap<>();
        dangXa.get("successors").forEach(s -> basis.put(s.get("code").asString(), s.get("basis").asString()));
        assertThat(basis).containsExactlyInAnyOrderEntriesOf(
                Map.of("00562", "1656/NQ-UBTVQH15 §1.110", "00541", "1656/NQ-UBTVQH15 §1.112"));
        JsonNode thuanAn = dangXa.get("successors").valueStream()
                .filter(s -> s.get("code").asString().equals("00562")).findFirst().orElseThrow();
        assertThat(thuanAn.get("resolution").asString()).isEqualTo("1656/NQ-UBTVQH15");
        assertThat(thuanAn.get("clause").asString()).isEqualTo("1.110");
        assertThat(thuanAn.get("checkedAgainstText").asBoolean()).isTrue();
        assertThat(thuanAn.get("finding").asString()).contains("Đặng Xá");
        assertThat(dangXa.get("explanation").asString()).contains("§1.110", "§1.112");

        // A row nobody disputed carries the clause that forms its successor.
        JsonNode quanThanh = api().get("/api/org-units/resolve?legacyCode=00013").json();
        assertThat(quanThanh.get("successors").get(0).get("basis").asString()).isEqualTo("1656/NQ-UBTVQH15 §1.3");
        assertThat(quanThanh.get("successors").get(0).get("checkedAgainstText").asBoolean()).isFalse();

        JsonNode myHung = api().get("/api/org-units/resolve?legacyCode=01651").json();
        assertThat(myHung.get("successors").get(0).get("code").asString()).isEqualTo("01648");
        assertThat(myHung.get("successors").get(0).get("basis").asString()).isEqualTo("1657/NQ-UBTVQH15 §1.38");
    }

    @Test
    void aUnitsFormationNamesItsClauseAndItsOldUnits() {
        JsonNode thuanAn = api().get("/api/org-units/00562/formation").json();
        assertThat(thuanAn.get("basis").asString()).isEqualTo("1656/NQ-UBTVQH15 §1.110");
        assertThat(thuanAn.get("citationVi").asString()).isEqualTo("khoản 110 Điều 1 Nghị quyết số 1656/NQ-UBTVQH15");
        assertThat(thuanAn.get("predecessors").valueStream().map(p -> p.get("code").asString()))
                .contains("00556").doesNotContain("00553");
        assertThat(api().get("/api/org-units/BCA/formation").status()).isEqualTo(404);
    }

    @Test
    void theUnitAndResolvePagesShowTheClause() {
        Api admin = Api.as(port, DemoFacts.ADMIN);
        Api.Reply unitPage = admin.get("/registry/00562");
        assertThat(unitPage.status()).isEqualTo(200);
        assertThat(unitPage.body()).contains("id=\"formation\"", "1656/NQ-UBTVQH15 §1.110",
                "khoản 110 Điều 1 Nghị quyết số 1656/NQ-UBTVQH15", "Xã Đặng Xá", "1027/CTK-CSCL");
        Api.Reply resolvePage = admin.get("/registry/resolve?legacyCode=00556");
        assertThat(resolvePage.status()).isEqualTo(200);
        assertThat(resolvePage.body()).contains("1656/NQ-UBTVQH15 §1.110", "1656/NQ-UBTVQH15 §1.112");
        Api.Reply old = admin.get("/registry/23938");
        assertThat(old.status()).isEqualTo(302);
    }

    @Test
    void theCorrectedCodeAndItsOldCode() {
        JsonNode iaMo = api().get("/api/org-units/23737").json();
        assertThat(iaMo.get("nameVi").asString()).isEqualTo("Xã Ia Mơ");
        JsonNode old = api().get("/api/org-units/23938").json();
        assertThat(old.get("code").asString()).isEqualTo("23737");
        assertThat(api().get("/api/org-units/52/children").json().valueStream().map(c -> c.get("code").asString()))
                .contains("23737").doesNotContain("23938");
    }

    @Test
    void matchTakesAnySpellingAndListsCandidatesOfASharedName() {
        JsonNode giaoThuy = api().get("/api/org-units/match?name=" + Api.encode("xa giao thuy")).json();
        assertThat(giaoThuy.get("unit").get("code").asString()).isEqualTo("14167");
        JsonNode shared = api().get("/api/org-units/match?name=" + Api.encode("Xã Thái Hoà")).json();
        assertThat(shared.get("unit").isNull()).isTrue();
        assertThat(shared.get("candidates").valueStream().map(c -> c.get("code").asString()))
                .containsExactlyInAnyOrder("02419", "08788");
        JsonNode qualified = api().get("/api/org-units/match?name=" + Api.encode("Xã Thái Hoà, Phú Thọ")).json();
        assertThat(qualified.get("unit").get("code").asString()).isEqualTo("08788");
        assertThat(api().get("/api/org-units?q=" + Api.encode("M’Drắk")).json().get("content").valueStream()
                .map(c -> c.get("code").asString())).contains("24412");
    }

    @Test
    void unknownCodeIs404NamingTheCode() {
        Api.Reply reply = api().get("/api/org-units/99999");
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("detail").asString()).contains("'99999'");
        Api.Reply legacy = api().get("/api/org-units/resolve?legacyCode=ABC");
        assertThat(legacy.status()).isEqualTo(404);
        assertThat(legacy.json().get("detail").asString()).contains("'ABC'");
    }

    @Test
    void badParameterIs400NamingParameterAndValue() {
        Api.Reply type = api().get("/api/org-units?type=DISTRICT");
        assertThat(type.status()).isEqualTo(400);
        assertThat(type.contentType()).startsWith("application/problem+json");
        assertThat(type.json().get("detail").asString()).contains("'type'").contains("'DISTRICT'");
        assertThat(type.json().get("parameter").asString()).isEqualTo("type");

        Api.Reply size = api().get("/api/org-units?size=0");
        assertThat(size.status()).isEqualTo(400);
        assertThat(size.json().get("detail").asString()).contains("'size'").contains("'0'");

        Api.Reply page = api().get("/api/org-units?page=abc");
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.json().get("detail").asString()).contains("'page'").contains("'abc'");

        Api.Reply missing = api().get("/api/org-units/resolve");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("detail").asString()).contains("'legacyCode'");
    }

    @Test
    void registryIsReadOnly() {
        Api.Reply reply = Api.as(port, DemoFacts.ADMIN).post("/api/org-units", Map.of("code", "X"));
        assertThat(reply.status()).isEqualTo(405);
    }
}
