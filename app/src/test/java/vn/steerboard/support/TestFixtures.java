package vn.steerboard.support;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the tests may write, so that no test depends on another's leftovers or on the demo seeder's, in any
 * order and on any day.
 *
 * <ul>
 *   <li>The application's clock is pinned to {@link #today()}: {@value #DEFAULT_TODAY} unless the build is run
 *       with {@code -Dsteerboard.test.today=yyyy-mm-dd} (the README shows runs on other days, a year end among them).</li>
 *   <li>The demo's data stop on {@link #DEMO_LAST_DAY}; tests that read demo figures read them as of fixed days
 *       on or before it. Tests that write values use the periods after it ({@link #MONTH}, {@link #QUARTER}),
 *       each on a unit it {@linkplain #unit claims} for itself, so two tests never write the same cells.</li>
 * </ul>
 */
public final class TestFixtures {

    public static final String DEFAULT_TODAY = "2026-11-20";
    public static final LocalDate DEMO_LAST_DAY = LocalDate.of(2026, 10, 31);
    /** The first month and quarter without demo values: free for tests to write in. */
    public static final String MONTH = "2026-11";
    public static final String QUARTER = "2026Q4";
    /** A day by which {@link #MONTH} and {@link #QUARTER} have ended, to read what tests wrote. */
    public static final String AFTER_TEST_PERIODS = "2026-12-31";

    private static final Map<String, String> CLAIMS = new ConcurrentHashMap<>();

    private TestFixtures() {
    }

    /** The pinned Vietnamese day the application believes is today during the tests. */
    public static LocalDate today() {
        String pinned = System.getProperty("steerboard.test.today", DEFAULT_TODAY);
        LocalDate day = LocalDate.parse(pinned.isBlank() ? DEFAULT_TODAY : pinned.strip());
        if (!day.isAfter(DEMO_LAST_DAY)) {
            throw new IllegalStateException("steerboard.test.today=" + day + ": tests write in " + MONTH
                    + ", after the demo data (which end on " + DEMO_LAST_DAY + "), so the pinned day must be later");
        }
        return day;
    }

    /**
     * Claims a unit for one test's writes in the free periods. The same unit claimed by two tests fails at once,
     * whatever the order, instead of letting them disturb each other's figures.
     */
    public static String unit(String code, String owner) {
        String previous = CLAIMS.putIfAbsent(code, owner);
        if (previous != null && !previous.equals(owner)) {
            throw new IllegalStateException("unit " + code + " is already claimed by " + previous + "; " + owner
                    + " must write on a unit of its own");
        }
        return code;
    }

    /**
     * An account of the given role bound to the given unit, made for the calling test (created once per
     * application run, through the ADMIN API), so the test does not borrow a demo account's state.
     */
    public static String account(int port, String username, String role, String unit) {
        Api.Reply existing = Api.as(port, DemoFacts.ADMIN).get("/api/users");
        if (existing.status() == 200 && existing.body().contains("\"" + username + "\"")) {
            return username;
        }
        Api.Reply created = Api.as(port, DemoFacts.ADMIN).post("/api/admin/users", Map.of("username", username,
                "displayName", "Tài khoản kiểm thử " + username, "email", username + "@test.steerboard.gov.vn",
                "password", Api.DEMO_PASSWORD, "role", role, "unitCode", unit));
        if (created.status() != 201) {
            throw new IllegalStateException("could not create test account " + username + ": " + created.status() + " "
                    + created.body());
        }
        return username;
    }
}
