package vn.steerboard.support;

import java.time.LocalDate;

/**
 * The facts of the demo data (module {@code vn.steerboard.demo}) that tests read, stated once. Tests that read demo
 * figures name them here; tests that write use {@link TestFixtures} and never the demo's rows. When the demo
 * changes, this class and the demo change together.
 */
public final class DemoFacts {

    private DemoFacts() {
    }

    // ---------------------------------------------------------------- accounts (demo.internal.DemoAccounts)

    /** Every demo account's password. */
    public static final String PASSWORD = Api.DEMO_PASSWORD;
    /** The committee's secretary: ADMIN, bound to no unit. */
    public static final String ADMIN = "admin";
    /** A committee member who only reads: VIEWER, bound to no unit. */
    public static final String VIEWER = "viewer";
    /** OFFICER of Hà Nội ({@link #HANOI}). */
    public static final String HANOI_OFFICER = "hanoi.officer";
    /** LEADER of Hà Nội ({@link #HANOI}), who accepts the city's deliverables. */
    public static final String HANOI_LEADER = "hanoi.leader";
    /** OFFICER of Phường Ba Đình ({@link #BA_DINH}). */
    public static final String BADINH_OFFICER = "badinh.officer";
    /** OFFICER of Phường Ngọc Hà ({@link #NGOC_HA}). */
    public static final String NGOCHA_OFFICER = "ngocha.officer";
    /** OFFICER of the Ministry of Science and Technology ({@link #BKHCN}). */
    public static final String BKHCN_OFFICER = "bkhcn.officer";

    // ---------------------------------------------------------------- units the demo gives data and accounts to

    public static final String HANOI = "01";
    /** Phường Ba Đình, a commune of Hà Nội with a focal point, tasks, a sample of commune values and a quality source. */
    public static final String BA_DINH = "00004";
    /** Phường Ngọc Hà, a commune of Hà Nội with a focal point, tasks and commune values. */
    public static final String NGOC_HA = "00008";
    public static final String BKHCN = "BKHCN";

    // ---------------------------------------------------------------- programme (demo.internal.DemoProgramme)

    public static final String PROGRAMME = "NQ57";
    /** The plan for 2026 (01/KH-BCĐ); tests add their own tasks to it. */
    public static final String PLAN_2026 = "NQ57-KH2026";
    /** The day of the Steering Committee's report the demo mirrors. */
    public static final LocalDate REPORT_DAY = LocalDate.of(2025, 11, 15);
    /** As of {@link #REPORT_DAY}: tasks assigned, completed (on time + late), in progress within deadline, ... */
    public static final int TASKS_ON_REPORT_DAY = 944;
    public static final int COMPLETED_ON_REPORT_DAY = 370;
    public static final int COMPLETED_ON_TIME_ON_REPORT_DAY = 310;
    public static final int IN_PROGRESS_ON_REPORT_DAY = 176;
    /** 310 ÷ (370 + 93), in per cent, one decimal. */
    public static final double ON_TIME_RATE_ON_REPORT_DAY = 67.0;

    // ---------------------------------------------------------------- indicators (demo.internal.DemoCatalogue)

    /** The monthly data set of provinces and ministries (values January 2024 to October 2026). */
    public static final String PROVINCE_DATA_SET = "CDS_TINH";
    /** The yearly data set of the digital economy. */
    public static final String YEARLY_DATA_SET = "CDS_NAM";
    /** The quarterly data set of communes. */
    public static final String COMMUNE_DATA_SET = "CDS_XA";
    /** The share of procedures handled fully online, weight 2 in the composite, with a national and a Hà Nội target. */
    public static final String ONLINE_PROCEDURES = "TTHC_TOAN_TRINH";
    // ---------------------------------------------------------------- agencies' assessments (demo.internal.DemoAgencyAssessments)

    /** The year of the demo's agency self-assessments (DTI and data-governance compliance). */
    public static final int AGENCY_ASSESSMENT_YEAR = 2025;
    /** Hà Nội's DTI of 2025: appraised, with one evidence file rejected (appraised below self-assessed). */
    public static final String HANOI_DTI = "01";
    /** Hải Phòng's DTI of 2025: submitted, waiting for MOST. */
    public static final String SUBMITTED_DTI = "31";
    /** Seven agency assessments in all: four DTI (two appraised, one submitted, one draft), three compliance reviews. */
    public static final int AGENCY_ASSESSMENTS = 7;

    /** The last day the demo holds any value or event on. */
    public static final LocalDate LAST_DAY = TestFixtures.DEMO_LAST_DAY;
}
