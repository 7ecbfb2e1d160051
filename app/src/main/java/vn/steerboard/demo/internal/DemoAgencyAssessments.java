package vn.steerboard.demo.internal;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.steerboard.assessment.AgencyAssessmentView;
import vn.steerboard.assessment.AgencyAssessments;
import vn.steerboard.assessment.AgencyStatus;
import vn.steerboard.assessment.AnswerInput;
import vn.steerboard.assessment.AnswerType;
import vn.steerboard.assessment.Appraisals;
import vn.steerboard.assessment.Framework;
import vn.steerboard.assessment.FrameworkLibrary;
import vn.steerboard.identity.Actor;
import vn.steerboard.identity.ActorPrincipal;
import vn.steerboard.identity.Role;

/**
 * Agencies' DTI and data-governance self-assessments of 2025 (the year the programme asked them for), synthetic, so
 * the agencies' pages and MOST's appraisal queue are not empty: Hà Nội and TP. Hồ Chí Minh appraised (Hà Nội's with one
 * evidence file rejected, so its appraised score is below its own), Hải Phòng submitted and waiting, Khánh Hòa still a
 * draft; the Ministry of Home Affairs' data-governance review appraised and the Ministry of Industry and Trade's
 * submitted. Seeded once, through the assessment module's public API, acting as the agency's officer (and as MOST's
 * ADMIN for the appraisals) under the name {@value #ACTOR}, so every step is checked and audited as a person's would
 * be. Evidence files are one-page PDFs whose title says they are synthetic.
 */
@Component
@Order(46)
@ConditionalOnProperty(name = "steerboard.demo.enabled", havingValue = "true")
class DemoAgencyAssessments implements ApplicationRunner {

    static final int YEAR = 2025;
    static final String ACTOR = "system:demo";
    private static final Logger log = LoggerFactory.getLogger(DemoAgencyAssessments.class);

    /** How far each one goes. */
    enum Stage { DRAFT, SUBMITTED, APPRAISED }

    /** One agency's assessment: its unit, framework, how well it does (0..1) and how far it goes. */
    record Plan(String unit, String framework, double maturity, Stage stage) {}

    static final List<Plan> PLANS = List.of(
            new Plan("01", "dti-province", 0.85, Stage.APPRAISED),
            new Plan("79", "dti-province", 0.9, Stage.APPRAISED),
            new Plan("31", "dti-province", 0.7, Stage.SUBMITTED),
            new Plan("56", "dti-province", 0.5, Stage.DRAFT),
            new Plan("01", "data-governance", 0.6, Stage.SUBMITTED),
            new Plan("BNV", "data-governance", 0.75, Stage.APPRAISED),
            new Plan("BCT", "data-governance", 0.55, Stage.SUBMITTED));

    private final AgencyAssessments assessments;
    private final Appraisals appraisals;
    private final FrameworkLibrary frameworks;

    DemoAgencyAssessments(AgencyAssessments assessments, Appraisals appraisals, FrameworkLibrary frameworks) {
        this.assessments = assessments;
        this.appraisals = appraisals;
        this.frameworks = frameworks;
    }

    @Override
    public void run(ApplicationArguments args) {
        int seeded = 0;
        for (Plan plan : PLANS) {
            AgencyAssessmentView started = as(Role.OFFICER, plan.unit(), () -> assessments.start(plan.unit(), plan.framework(),
                    YEAR));
            if (started.status() != AgencyStatus.DRAFT || answered(started)) {
                continue; // seeded by an earlier start
            }
            seed(plan, started.ref());
            seeded++;
        }
        if (seeded > 0) {
            log.info("demo: {} agency self-assessments of {}", seeded, YEAR);
        }
    }

    private static boolean answered(AgencyAssessmentView view) {
        return view.items().stream().anyMatch(item -> item.answer() != null);
    }

    private void seed(Plan plan, String ref) {
        Framework f = frameworks.latest(plan.framework());
        String unitType = plan.unit().startsWith("B") ? "CENTRAL" : "PROVINCE";
        Map<String, AnswerInput> answers = new LinkedHashMap<>();
        List<Framework.Criterion> files = f.criteria().filter(c -> c.appliesTo(null, unitType))
                .filter(c -> c.type() == AnswerType.FILE).toList();
        f.criteria().filter(c -> c.appliesTo(null, unitType)).filter(c -> c.type() != AnswerType.FILE)
                .forEach(c -> answers.put(c.code(), new AnswerInput(answer(c, plan.maturity()), null)));
        as(Role.OFFICER, plan.unit(), () -> {
            assessments.answer(ref, answers);
            for (Framework.Criterion c : files) {
                assessments.attach(ref, c.code(), "minh-chung-" + c.code().toLowerCase(java.util.Locale.ROOT) + ".pdf",
                        evidence(plan.unit() + " " + c.code()));
            }
            return plan.stage() == Stage.DRAFT ? null : assessments.submit(ref);
        });
        if (plan.stage() == Stage.APPRAISED) {
            as(Role.ADMIN, null, () -> {
                if (plan.unit().equals("01") && !files.isEmpty()) {
                    appraisals.adjust(ref, files.get(files.size() - 1).code(), "rejected",
                            "Minh chứng là báo cáo năm 2024, chưa phải năm 2025 (dữ liệu mô phỏng)");
                }
                return appraisals.appraise(ref);
            });
        }
    }

    /** The answer an agency of this maturity gives: a share of the scale, a choice as far along, yes from 0,5 on. */
    private static String answer(Framework.Criterion c, double maturity) {
        return switch (c.type()) {
            case CHOICE -> c.choices().get((int) Math.min(c.choices().size() - 1, Math.floor(maturity * c.choices().size())))
                    .code();
            case YES_NO -> maturity >= 0.5 ? "yes" : "no";
            case PERCENTAGE -> String.valueOf(Math.round(maturity * 100));
            case NUMBER -> String.valueOf((long) c.bands().get((int) Math.min(c.bands().size() - 1,
                    Math.floor(maturity * c.bands().size()))).from());
            case FILE -> throw new IllegalArgumentException(c.code());
        };
    }

    /** A well-formed one-page PDF whose title names the agency and criterion and says it is synthetic. */
    static byte[] evidence(String what) {
        String[] objects = {"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
            "<< /Title (Minh chung mo phong - du lieu demo - " + what + ") >>"};
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R /Info 4 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** Runs the work as {@value #ACTOR} with the role at the unit, so the module checks and audits it as usual. */
    private static <T> T as(Role role, String unit, Supplier<T> work) {
        ActorPrincipal principal = () -> new Actor(ACTOR, role, unit, false);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal,
                null, List.of(new SimpleGrantedAuthority("ROLE_" + role.name()))));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
