package vn.steerboard.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.steerboard.support.Api;
import vn.steerboard.support.Client;
import vn.steerboard.support.IntegrationTest;
import vn.steerboard.support.TestFixtures;

/**
 * The enterprise side's refusals in the user's language, through real HTTP: the province's review (an answer adjusted
 * before sampling, without a reason, with a value the criterion does not take, of an assessment that does not exist),
 * the sign-up (a tax code whose check digit is wrong) and the answers. A client that asks for Vietnamese reads every
 * reason in Vietnamese, naming the field and the value; a client that asks for no language keeps the English words.
 */
@IntegrationTest
class EnterpriseReasonsInUsersLanguageTest {

    /** Vĩnh Long: no other test reviews there. */
    static final String PROVINCE = TestFixtures.unit("86", "EnterpriseReasonsInUsersLanguageTest");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private static String detail(Api.Reply reply) {
        return reply.json().get("detail").asString();
    }

    @Test
    void theReviewersRefusalsInVietnameseAndInEnglish() {
        String ref = EnterpriseClient.completedAssessment(port, jdbc, PROVINCE);
        Api reviewer = Api.as(port, TestFixtures.account(port, "review.vl.officer", "OFFICER", PROVINCE));
        Map<String, Object> adjustment = Map.of("criterion", "P2C1", "answer", "no", "reason", "Không có minh chứng");
        Api.Reply early = reviewer.inVietnamese().post("/api/assessment/reviews/" + ref + "/adjustments", adjustment);
        assertThat(early.status()).isEqualTo(409);
        assertThat(detail(early)).isEqualTo("Cần chọn bản đánh giá để thẩm tra trước khi điều chỉnh câu trả lời.");
        assertThat(detail(reviewer.post("/api/assessment/reviews/" + ref + "/adjustments", adjustment)))
                .isEqualTo("Sample the assessment before adjusting it");

        assertThat(reviewer.post("/api/assessment/reviews/" + ref + "/sample", Map.of()).status()).isEqualTo(200);
        Api.Reply noReason = reviewer.inVietnamese().post("/api/assessment/reviews/" + ref + "/adjustments",
                Map.of("criterion", "P2C1", "answer", "no", "reason", " "));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(detail(noReason)).isEqualTo("Trường “Lý do” chưa được điền: cần nêu lý do, từ 1 đến 1.000 ký tự, văn bản thường.");
        assertThat(detail(reviewer.post("/api/assessment/reviews/" + ref + "/adjustments",
                Map.of("criterion", "P2C1", "answer", "no", "reason", " ")))).contains("'reason'", "1 to 1000 characters");

        Api.Reply badAnswer = reviewer.inVietnamese().post("/api/assessment/reviews/" + ref + "/adjustments",
                Map.of("criterion", "P2C1", "answer", "có lẽ", "reason", "Không có minh chứng"));
        assertThat(badAnswer.status()).isEqualTo(400);
        assertThat(badAnswer.json().get("messages").get(0).asString()).contains("“có lẽ”",
                "chỉ nhận có (yes) hoặc không (no)");
        assertThat(badAnswer.json().get("errors").get(0).get("column").asString()).isEqualTo("answers.P2C1");

        Api.Reply none = reviewer.inVietnamese().get("/api/assessment/reviews/00000000-0000-0000-0000-000000000000");
        assertThat(none.status()).isEqualTo(404);
        assertThat(detail(none)).isEqualTo("Không có bản đánh giá “00000000-0000-0000-0000-000000000000”.");
    }

    @Test
    void theSignUpsAndTheAnswersRefusalsInVietnamese() {
        EnterpriseClient e = EnterpriseClient.fresh(port, jdbc);
        e.client.header("Accept-Language", "vi");
        String bad = EnterpriseClient.badCheckDigit();
        Client.Reply refused = e.post("/api/assessment/enterprises", Map.of("taxCode", bad, "name", "Công ty TNHH Thử",
                "vsic", "4711", "sizeClass", "SMALL", "provinceCode", "XX", "email", "khong-phai-thu"));
        assertThat(refused.status()).isEqualTo(400);
        JsonNode problem = Api.JSON.readTree(refused.body());
        assertThat(problem.get("messages").toString()).contains("Mã số thuế “" + bad + "”: chữ số kiểm tra (chữ số thứ 10)"
                + " không khớp với chín chữ số đầu", "Tỉnh, thành phố “XX”: không phải tỉnh, thành phố trong danh mục đơn vị",
                "không phải địa chỉ thư điện tử");

        EnterpriseClient signed = EnterpriseClient.fresh(port, jdbc).signedIn("4711", "SMALL", PROVINCE);
        signed.client.header("Accept-Language", "vi");
        String ref = signed.start("sme-dx").get("ref").asString();
        Client.Reply answers = signed.answer(ref, Map.of("P2C1", Map.of("value", "có lẽ")));
        assertThat(answers.status()).isEqualTo(400);
        assertThat(Api.JSON.readTree(answers.body()).get("messages").get(0).asString()).contains("“có lẽ”",
                "chỉ nhận có (yes) hoặc không (no)");
        Client.Reply early = signed.complete(ref);
        assertThat(Api.JSON.readTree(early.body()).get("messages").get(0).asString()).contains("chưa trả lời");
    }
}
