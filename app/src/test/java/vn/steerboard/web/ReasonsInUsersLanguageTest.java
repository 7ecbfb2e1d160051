package vn.steerboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.steerboard.programme.TaskSpreadsheets;
import vn.steerboard.support.Api;
import vn.steerboard.support.Client;
import vn.steerboard.support.DemoFacts;
import vn.steerboard.support.IntegrationTest;

/**
 * Every family of refusals says its reason in Vietnamese to a client that asks for it (Accept-Language: vi), naming
 * the field or row and the value, and keeps its English words for clients that ask for no language. Nothing here
 * writes: every request is refused.
 */
@IntegrationTest
class ReasonsInUsersLanguageTest {

    @LocalServerPort
    int port;

    private Api admin() {
        return Api.as(port, DemoFacts.ADMIN);
    }

    private static String detail(Api.Reply reply) {
        return reply.json().get("detail").asString();
    }

    @Test
    void identityFormsAccountsPasswordsAndSignInLocks() {
        Map<String, Object> account = new HashMap<>(Map.of("username", "Ab", "displayName", "Tài khoản thử",
                "password", Api.DEMO_PASSWORD, "role", "VIEWER"));
        Api.Reply badName = admin().inVietnamese().post("/api/admin/users", account);
        assertThat(badName.status()).isEqualTo(400);
        assertThat(detail(badName)).isEqualTo("Trường “Tên đăng nhập” có giá trị không hợp lệ “Ab”: từ 3 đến 60 ký tự:"
                + " chữ thường không dấu, chữ số, dấu chấm, gạch dưới hoặc gạch ngang.");
        // an English client keeps the words it always had
        assertThat(detail(admin().post("/api/admin/users", account))).contains("Field 'username' has invalid value 'Ab'",
                "3 to 60 characters");

        account.put("username", "house.short.password");
        account.put("password", "ngan");
        assertThat(detail(admin().inVietnamese().post("/api/admin/users", account)))
                .startsWith("Trường “Mật khẩu” có giá trị không hợp lệ").contains("mật khẩu cần ít nhất");

        Api.Reply noLock = admin().inVietnamese().delete("/api/admin/sign-in-locks?kind=ACCOUNT&subject=khong.ai.ca");
        assertThat(noLock.status()).isEqualTo(404);
        assertThat(detail(noLock)).isEqualTo("Không có lần đăng nhập sai nào được đếm cho tài khoản “khong.ai.ca”.");
        Api.Reply badKind = admin().inVietnamese().delete("/api/admin/sign-in-locks?kind=MAY&subject=x");
        assertThat(detail(badKind)).isEqualTo("Trường “Loại” có giá trị không hợp lệ “MAY”: chọn tài khoản (ACCOUNT)"
                + " hoặc địa chỉ (ADDRESS).");
    }

    @Test
    void signInAndAccessRefusalsOfTheSecurityFilters() {
        // unknown tokens, refused on an address of their own (refusals count towards the address's throttle)
        Api unknown = Api.withToken(port, "sbt_khong-co-khoa-nay").from(Client.ownAddress());
        Api.Reply token = unknown.inVietnamese().get("/api/me");
        assertThat(token.status()).isEqualTo(401);
        assertThat(detail(token)).isEqualTo("Khóa API không tồn tại, đã bị thu hồi hoặc đã hết hạn.");
        assertThat(detail(unknown.get("/api/me"))).contains("unknown, revoked or expired");
        Api.Reply role = Api.as(port, DemoFacts.VIEWER).inVietnamese().post("/api/admin/users", Map.of("username", "x"));
        assertThat(role.status()).isEqualTo(403);
        assertThat(detail(role)).startsWith("Vai trò của bạn không được thực hiện POST /api/admin/users")
                .doesNotContain("may not");
    }

    @Test
    void registryFocalPoints() {
        Api.Reply refused = admin().inVietnamese().put("/api/org-units/" + DemoFacts.BA_DINH + "/focal-point",
                Map.of("fullName", "Nguyễn Văn An", "email", "khong-phai-thu", "phone", "0243"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(detail(refused)).isEqualTo("Trường “Thư điện tử” có giá trị không hợp lệ “khong-phai-thu”:"
                + " không phải địa chỉ thư điện tử.");
        Api.Reply none = admin().inVietnamese().get("/api/org-units/XX999");
        assertThat(none.status()).isEqualTo(404);
        assertThat(detail(none)).isEqualTo("Không có đơn vị mang mã XX999.");
    }

    @Test
    void qualitySuitesLocationsAndUploads() {
        Map<String, Object> source = new HashMap<>(Map.of("ownerUnit", DemoFacts.HANOI, "name", "CSDL thử lý do",
                "kind", "UPLOAD", "suiteYaml", "table: person\nchecks:\n  - type: bogus\n    column: cccd\n"));
        Api.Reply suite = admin().inVietnamese().post("/api/quality/sources", source);
        assertThat(suite.status()).as(suite.toString()).isEqualTo(400);
        assertThat(detail(suite)).startsWith("Trường “Bộ kiểm tra” có giá trị không hợp lệ “type”:")
                .contains("dòng 3, mục “type”: không có loại kiểm tra “bogus”; dùng một trong ");
        assertThat(detail(admin().post("/api/quality/sources", source))).contains("unknown check type 'bogus'");

        source.put("kind", "JDBC");
        source.put("location", "jdbc:postgresql://db.example.vn:5432/dancu?user=sa");
        source.put("suiteYaml", "table: person\nchecks:\n  - type: completeness\n    column: cccd\n");
        Api.Reply location = admin().inVietnamese().post("/api/quality/sources", source);
        assertThat(detail(location)).startsWith("Trường “Vị trí dữ liệu” có giá trị không hợp lệ")
                .contains("không được dùng thuộc tính “user”: tên đăng nhập và mật khẩu ghi vào ô riêng");

        Api.Reply noSource = admin().inVietnamese().get("/api/quality/sources/999999");
        assertThat(noSource.status()).isEqualTo(404);
        assertThat(detail(noSource)).isEqualTo("Không có cơ sở dữ liệu số 999999.");
    }

    @Test
    void importersNameRowFieldAndValue() {
        Api.Reply values = admin().inVietnamese().upload("/api/indicators/import", "gia-tri.csv",
                "Mã đơn vị,Kỳ báo cáo,Mã chỉ tiêu dữ liệu,Giá trị\n00004,2009-04,EDGE_A,mười\n".getBytes(StandardCharsets.UTF_8));
        assertThat(values.status()).isEqualTo(400);
        assertThat(values.json().get("messages").get(0).asString()).isEqualTo("Dòng 2, Giá trị “mười”: không phải là số;"
                + " ghi 1234.5, dùng dấu chấm cho phần thập phân.");

        String tasks = String.join(",", TaskSpreadsheets.HEADERS) + "\n"
                + "HOUSE-1,NQ57-KH2026,Nhiệm vụ hai,,Lê Văn B,31/02/2026,30/06/2026,Bộ Không Tồn Tại,,VPCP,Báo cáo,01/KH,20/12/2025\n";
        Api.Reply task = admin().inVietnamese().upload("/api/tasks/import", "nhiem-vu.csv", tasks.getBytes(StandardCharsets.UTF_8));
        assertThat(task.status()).isEqualTo(400);
        assertThat(task.json().get("messages").toString()).contains(
                "Dòng 2, Ngày bắt đầu “31/02/2026”: không phải ngày; ghi dd/mm/yyyy hoặc yyyy-mm-dd.",
                "Dòng 2, Cơ quan chủ trì “Bộ Không Tồn Tại”: không có cơ quan, đơn vị nào mang mã hoặc tên này.");
        assertThat(task.json().get("errors").toString()).contains("not a date"); // the English reasons stay for programs

        Api.Reply control = admin().inVietnamese().upload("/api/indicators/import", "nul.csv",
                "Mã đơn vị,Kỳ báo cáo,Mã chỉ tiêu dữ liệu,Giá trị\n00004,2009-04,EDGE_\u0000A,1\n".getBytes(StandardCharsets.UTF_8));
        assertThat(control.json().get("messages").get(0).asString()).startsWith("Dòng 2, Mã chỉ tiêu dữ liệu")
                .contains("chứa ký tự điều khiển U+0000 ở vị trí 6");

        Api.Reply notAFile = admin().inVietnamese().upload("/api/tasks/import", "nhiem-vu.txt", "x".getBytes(StandardCharsets.UTF_8));
        assertThat(detail(notAFile)).isEqualTo("Tham số “Tệp” có giá trị không hợp lệ “nhiem-vu.txt”: cần tệp .xlsx hoặc"
                + " .csv lập từ biểu mẫu.");
    }

    @Test
    void catalogueFormulasTargetsAndStoredText() {
        Api.Reply formula = admin().inVietnamese().put("/api/indicators/HOUSE_REASON",
                Map.of("nameVi", "Chỉ tiêu thử", "formula", "a +* b", "polarity", "HIGHER_IS_BETTER", "decimals", 1));
        assertThat(formula.status()).isEqualTo(400);
        assertThat(detail(formula)).isEqualTo("Tham số “Công thức” có giá trị không hợp lệ “a +* b”: công thức không hợp lệ"
                + " ở vị trí 4: ký tự “*” không đúng chỗ.");

        Api.Reply text = admin().inVietnamese().post("/api/indicators/EDGE_A/ratings/01",
                Map.of("rating", "AT_RISK", "evidence", "e\u0000"));
        assertThat(text.status()).isEqualTo(400);
        assertThat(detail(text)).isEqualTo("Trường “Minh chứng” chứa ký tự điều khiển U+0000 ở vị trí 2; chỉ được dùng"
                + " dấu tab và xuống dòng.");

        Api.Reply missing = admin().inVietnamese().put("/api/indicators/KHONG_CO/targets/01", Map.of("baselineValue", 1,
                "baselineDate", "2025-01-01", "targetValue", 2, "deadline", "2030-12-31"));
        assertThat(missing.status()).isEqualTo(404);
        assertThat(detail(missing)).isEqualTo("Không có chỉ tiêu mang mã KHONG_CO.");
    }
}
