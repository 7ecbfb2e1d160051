package vn.steerboard.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.steerboard.support.IntegrationTest;
import vn.steerboard.support.TestFixtures;

/**
 * The enterprise side's changes audit inside their own transaction: for each flow (sign-up, verification, start,
 * completion, the bulk import of synthetic assessments) the same call made in a transaction that is then rolled back
 * leaves neither the change nor its audit record, and made in one that commits keeps both. The calls go to the
 * services (a caller's transaction around them is the only way to roll a committed-looking call back); their HTTP side
 * is SelfAssessmentApiTest's.
 */
@IntegrationTest
class AuditInTheChangesTransactionTest {

    static final String NINH_BINH = TestFixtures.unit("37", "AuditInTheChangesTransactionTest");
    private static final String ADDRESS = "10.96.0.1";

    @Autowired
    Enterprises enterprises;

    @Autowired
    SelfAssessments assessments;

    @Autowired
    SyntheticAssessments synthetic;

    @Autowired
    FrameworkLibrary frameworks;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void signUpAndVerificationAuditWithTheirChange() {
        String taxCode = EnterpriseClient.taxCode();
        EnterpriseSignUp signUp = new EnterpriseSignUp(taxCode, "Công ty TNHH Kiểm toán nhật ký " + taxCode, "4711",
                SizeClass.SMALL, NINH_BINH, null, "dn" + taxCode + "@example.com");

        rolledBack(() -> enterprises.signUp(signUp, ADDRESS));
        assertThat(audits("SIGN_UP", taxCode)).as("a rolled-back sign-up leaves no audit record").isZero();
        assertThat(rows("SELECT COUNT(*) FROM assessment_enterprise WHERE tax_code = ?", taxCode)).isZero();

        committed(() -> enterprises.signUp(signUp, ADDRESS));
        assertThat(audits("SIGN_UP", taxCode)).as("a committed sign-up keeps its audit record").isEqualTo(1);

        String token = mailedToken("dn" + taxCode + "@example.com");
        rolledBack(() -> enterprises.verify(token, ADDRESS));
        assertThat(audits("VERIFY", taxCode)).as("a rolled-back verification leaves no audit record").isZero();
        assertThat(rows("SELECT COUNT(*) FROM assessment_enterprise WHERE tax_code = ? AND verified_at IS NULL", taxCode))
                .as("and the enterprise unverified").isEqualTo(1);

        committed(() -> enterprises.verify(token, ADDRESS));
        assertThat(audits("VERIFY", taxCode)).as("a committed verification keeps its audit record").isEqualTo(1);
    }

    @Test
    void startAndCompletionAuditWithTheirChange() {
        EnterpriseId who = verifiedEnterprise();
        String discarded = rolledBack(() -> assessments.start(who, "sme-dx")).ref();
        assertThat(audits("START", discarded)).as("a rolled-back start leaves no audit record").isZero();
        assertThat(rows("SELECT COUNT(*) FROM assessment WHERE ref = ?", discarded)).isZero();

        AssessmentView started = committed(() -> assessments.start(who, "sme-dx"));
        assertThat(audits("START", started.ref())).as("a committed start keeps its audit record").isEqualTo(1);
        committed(() -> assessments.answer(who, started.ref(), bestAnswers(started)));

        long countedBefore = counted();
        rolledBack(() -> assessments.complete(who, started.ref()));
        assertThat(audits("COMPLETE", started.ref())).as("a rolled-back completion leaves no audit record").isZero();
        assertThat(rows("SELECT COUNT(*) FROM assessment WHERE ref = ? AND status = 'OPEN'", started.ref()))
                .as("the assessment still open").isEqualTo(1);
        assertThat(counted()).as("and not counted").isEqualTo(countedBefore);

        committed(() -> assessments.complete(who, started.ref()));
        assertThat(audits("COMPLETE", started.ref())).as("a committed completion keeps its audit record").isEqualTo(1);
        assertThat(counted()).isEqualTo(countedBefore + 1);
    }

    @Test
    void aBulkImportAuditsWithItsAssessments() {
        Framework f = frameworks.latest("sme-dx");
        String entity = f.code() + "@" + f.version();
        long before = audits("IMPORT_SYNTHETIC", entity);
        long counted = counted();
        List<SyntheticAssessment> batch = List.of(syntheticAt(f), syntheticAt(f));

        rolledBack(() -> synthetic.importCompleted(f.code(), batch, "system:audit-test"));
        assertThat(audits("IMPORT_SYNTHETIC", entity)).as("a rolled-back import leaves no audit record").isEqualTo(before);
        assertThat(counted()).isEqualTo(counted);

        committed(() -> synthetic.importCompleted(f.code(), batch, "system:audit-test"));
        assertThat(audits("IMPORT_SYNTHETIC", entity)).as("a committed import keeps its audit record").isEqualTo(before + 1);
        assertThat(counted()).isEqualTo(counted + 2);
    }

    private EnterpriseId verifiedEnterprise() {
        String taxCode = EnterpriseClient.taxCode();
        committed(() -> enterprises.signUp(new EnterpriseSignUp(taxCode, "Công ty TNHH Bắt đầu " + taxCode, "4711",
                SizeClass.SMALL, NINH_BINH, null, "dn" + taxCode + "@example.com"), "10.96.0.2"));
        return committed(() -> enterprises.verify(mailedToken("dn" + taxCode + "@example.com"), "10.96.0.2"));
    }

    private SyntheticAssessment syntheticAt(Framework f) {
        Map<String, String> answers = new HashMap<>();
        f.criteria().filter(c -> c.appliesTo("4711", "ENTERPRISE")).forEach(c -> answers.put(c.code(), best(c)));
        return new SyntheticAssessment(EnterpriseClient.taxCode(), "DN tổng hợp kiểm toán", "4711", SizeClass.MEDIUM,
                NINH_BINH, answers);
    }

    private Map<String, AnswerInput> bestAnswers(AssessmentView view) {
        Framework f = frameworks.get(view.frameworkCode(), view.frameworkVersion());
        Map<String, AnswerInput> answers = new HashMap<>();
        f.criteria().filter(c -> view.applicable().contains(c.code()))
                .forEach(c -> answers.put(c.code(), new AnswerInput(best(c), null)));
        return answers;
    }

    private static String best(Framework.Criterion c) {
        return switch (c.type()) {
            case CHOICE -> c.choices().get(c.choices().size() - 1).code();
            case YES_NO -> "yes";
            case PERCENTAGE -> "100";
            case NUMBER -> String.valueOf((long) c.bands().get(c.bands().size() - 1).from());
            case FILE -> "https://example.com/bao-cao.pdf";
        };
    }

    /** Ninh Bình's national count, all levels, of the latest sme-dx version. */
    private long counted() {
        Framework f = frameworks.latest("sme-dx");
        return jdbc.sql("SELECT COALESCE(SUM(n), 0) FROM assessment_level_count WHERE framework_code = ? AND"
                + " framework_version = ? AND province_code = ?").param(f.code()).param(f.version()).param(NINH_BINH)
                .query(Long.class).single();
    }

    private long audits(String action, String entityId) {
        return rows("SELECT COUNT(*) FROM audit_record WHERE action = ? AND entity_id = ?", action, entityId);
    }

    private long rows(String sql, Object... params) {
        var statement = jdbc.sql(sql);
        for (Object p : params) {
            statement = statement.param(p);
        }
        return statement.query(Long.class).single();
    }

    private String mailedToken(String email) {
        String body = jdbc.sql("SELECT body FROM assessment_mail_outbox WHERE recipient = ? ORDER BY id DESC LIMIT 1")
                .param(email).query(String.class).single();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("token=([A-Za-z0-9_-]+)").matcher(body);
        assertThat(m.find()).as(body).isTrue();
        return m.group(1);
    }

    /** The call in a transaction of the caller's that is rolled back after it returned. */
    private <T> T rolledBack(Supplier<T> call) {
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        return tx.execute(status -> {
            T result = call.get();
            status.setRollbackOnly();
            return result;
        });
    }

    private <T> T committed(Supplier<T> call) {
        return new TransactionTemplate(transactionManager).execute(status -> call.get());
    }
}
