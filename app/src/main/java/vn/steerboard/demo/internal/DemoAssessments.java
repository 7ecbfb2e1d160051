package vn.steerboard.demo.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.steerboard.assessment.Framework;
import vn.steerboard.assessment.FrameworkLibrary;
import vn.steerboard.assessment.SizeClass;
import vn.steerboard.assessment.SyntheticAssessment;
import vn.steerboard.assessment.SyntheticAssessments;
import vn.steerboard.registry.OrgUnit;
import vn.steerboard.registry.OrgUnitType;
import vn.steerboard.registry.Registry;

/**
 * Synthetic enterprises with completed SME assessments (labelled synthetic, e-mail at demo.invalid, tax codes in a
 * range starting 99 with valid check digits), spread over the 34 provinces (weighted towards the two big cities), the
 * VSIC industries (retail and food services most) and sizes (mostly micro and small), each with its own maturity, so
 * that the levels fall from Starting to Elite as in the programme's targets. Seeded once, through the assessment
 * module's public bulk API.
 */
@Component
@Order(45)
@ConditionalOnProperty(name = "steerboard.demo.enabled", havingValue = "true")
class DemoAssessments implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAssessments.class);
    private static final String[] VSIC = {"4711", "4711", "4722", "5610", "5610", "4649", "1010", "1410", "0111", "0321",
        "4100", "4933", "6201", "6820", "8510", "8620", "2599", "2610", "5510", "7020", "3100", "3600", "9602", "6419", "0810"};
    private static final SizeClass[] SIZES = {SizeClass.MICRO, SizeClass.MICRO, SizeClass.MICRO, SizeClass.SMALL,
        SizeClass.SMALL, SizeClass.MEDIUM, SizeClass.LARGE};
    private static final int[] WEIGHTS = {31, 29, 23, 19, 17, 13, 7, 5, 3};

    private final SyntheticAssessments synthetic;
    private final FrameworkLibrary frameworks;
    private final Registry registry;
    private final int count;
    private final DemoBackground background;

    DemoAssessments(SyntheticAssessments synthetic, FrameworkLibrary frameworks, Registry registry, DemoBackground background,
            @Value("${steerboard.demo.assessments:20000}") int count) {
        this.synthetic = synthetic;
        this.frameworks = frameworks;
        this.registry = registry;
        this.count = count;
        this.background = background;
    }

    @Override
    public void run(ApplicationArguments args) {
        background.run("enterprise assessments", this::seed);
    }

    /** The seeding itself, on the start-up thread or the background one (DemoBackground). */
    void seed() {
        if (synthetic.stored() > 0 || count <= 0) {
            return;
        }
        long started = System.nanoTime();
        Framework f = frameworks.latest("sme-dx");
        List<String> provinces = registry.all(OrgUnitType.PROVINCE, null).stream().map(OrgUnit::code).toList();
        Random random = new Random(2030);
        List<SyntheticAssessment> batch = new ArrayList<>();
        int serial = 0;
        for (int i = 0; i < count; i++) {
            String taxCode;
            do {
                taxCode = taxCode(serial++);
            } while (taxCode == null);
            String province = random.nextInt(4) == 0 ? (random.nextBoolean() ? "01" : "79")
                    : provinces.get(random.nextInt(provinces.size()));
            String vsic = VSIC[random.nextInt(VSIC.length)];
            batch.add(new SyntheticAssessment(taxCode, "DN mô phỏng " + taxCode, vsic, SIZES[random.nextInt(SIZES.length)],
                    province, answers(f, vsic, random)));
            if (batch.size() == 2_000) {
                synthetic.importCompleted(f.code(), batch, "system:demo");
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            synthetic.importCompleted(f.code(), batch, "system:demo");
        }
        log.info("demo: {} synthetic enterprise assessments in {} ms", count, (System.nanoTime() - started) / 1_000_000);
    }

    /** Each enterprise has a maturity m in [0,1] (most low); each answer is drawn around it. */
    private static Map<String, String> answers(Framework f, String vsic, Random random) {
        double m = Math.pow(random.nextDouble(), 1.6);
        Map<String, String> answers = new HashMap<>();
        f.criteria().filter(c -> c.appliesTo(vsic, "ENTERPRISE")).forEach(c -> {
            double x = Math.max(0, Math.min(1, m + random.nextGaussian() * 0.2));
            if (c.type() == vn.steerboard.assessment.AnswerType.FILE && x <= 0.5) {
                return; // no evidence given: the criterion scores 0
            }
            answers.put(c.code(), switch (c.type()) {
                case CHOICE -> c.choices().get((int) Math.min(c.choices().size() - 1, Math.floor(x * c.choices().size()))).code();
                case YES_NO -> x > 0.5 ? "yes" : "no";
                case PERCENTAGE -> String.valueOf(Math.round(x * 100));
                case NUMBER -> {
                    Framework.Band band = c.bands().get((int) Math.min(c.bands().size() - 1, Math.floor(x * c.bands().size())));
                    yield String.valueOf((long) band.from());
                }
                case FILE -> "https://demo.invalid/minh-chung.pdf";
            });
        });
        return answers;
    }

    private static String taxCode(int serial) {
        String nine = String.format("99%07d", serial);
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += WEIGHTS[i] * (nine.charAt(i) - '0');
        }
        int check = 10 - sum % 11;
        return check == 10 ? null : nine + check;
    }
}
