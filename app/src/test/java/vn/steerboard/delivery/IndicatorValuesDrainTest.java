package vn.steerboard.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.steerboard.delivery.DeliveryEventsApiTest.event;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.steerboard.delivery.internal.IndicatorFeed.UnitMonth;
import vn.steerboard.delivery.internal.IndicatorValuesDrain;
import vn.steerboard.delivery.internal.IngestLock;
import vn.steerboard.delivery.internal.PendingValues;
import vn.steerboard.support.Api;
import vn.steerboard.support.IntegrationTest;
import vn.steerboard.support.TestDatabase;
import vn.steerboard.support.TestFixtures;
import vn.steerboard.support.TestProcedures;

/**
 * The indicator values are recorded a moment after the batches that moved them, and nothing may be lost on the way: a
 * batch marks its months in its own transaction (a rejected batch marks nothing), marks of the same month coalesce, a
 * drain clears only the marks it recorded (a month marked again after it read the roll-ups stays marked), it never
 * waits for a batch that is marking a month (PostgreSQL), and a month whose values are refused stays marked without
 * holding the others back.
 */
@IntegrationTest
class IndicatorValuesDrainTest {

    static final String HONG_SON = TestFixtures.unit("10465", "IndicatorValuesDrainTest");
    static final String PROCEDURE = "T16.VD.P1";
    static final int FAR_MONTH = 209901;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PendingValues pending;

    @Autowired
    IndicatorValuesDrain values;

    @Autowired
    IngestLock lock;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    java.time.Clock clock;

    @BeforeEach
    void procedure() {
        TestProcedures.put(port, List.of(TestProcedures.commune(PROCEDURE, "Thủ tục thử ghi giá trị chỉ tiêu", true)));
    }

    private static Map<String, Object> received(String dossier, String procedure, boolean online) {
        return event("DOSSIER_RECEIVED", dossier, HONG_SON, TestFixtures.MONTH + "-10T09:00:00+07:00", "procedure", procedure,
                "channel", online ? "ONLINE" : "IN_PERSON", "workingDays", 5, "fullyOnline", online);
    }

    @Test
    void aRejectedBatchMarksNothing() {
        Api.Reply rejected = Api.as(port, "admin").post("/api/delivery/events", List.of(received("T16-VD-R1", PROCEDURE, true),
                received("T16-VD-R2", "T16.VD.NO-SUCH", true)), "Idempotency-Key", "t16-values-drain-rejected");
        assertThat(rejected.status()).as(rejected.body()).isEqualTo(400);
        assertThat(rejected.body()).contains("T16.VD.NO-SUCH");
        assertThat(marks(HONG_SON)).as("nothing of the rejected batch, its marks neither").isEmpty();
    }

    @Test
    void marksOfAMonthCoalesceAndADrainClearsOnlyTheMarksItRecorded() {
        UnitMonth far = new UnitMonth(HONG_SON, FAR_MONTH);
        lock.run(() -> {
            lock.holdDrains(); // the background's drains wait: the steps below are the drain's, by hand
            values.mark(List.of(far), OffsetDateTime.now());
            long first = version(far);
            values.mark(List.of(far, far), OffsetDateTime.now());
            assertThat(marks(HONG_SON)).as("one row for the month").hasSize(1);
            assertThat(version(far)).as("the second mark's version").isGreaterThan(first);
            List<PendingValues.Marked> read = pending.after(new UnitMonth(HONG_SON, FAR_MONTH - 1), 10).stream()
                    .filter(m -> m.month().equals(far)).toList();
            assertThat(read).hasSize(1);
            // a batch marks the month again after the drain read it: the drain must not clear that mark
            values.mark(List.of(far), OffsetDateTime.now());
            assertThat(pending.clear(read)).isZero();
            assertThat(marks(HONG_SON)).hasSize(1);
            // cleared by another drain (or the repair) and marked again: the new mark's version was never given
            // before, so the drain that read the old one cannot clear it either
            List<PendingValues.Marked> stale = pending.after(new UnitMonth(HONG_SON, FAR_MONTH - 1), 1);
            jdbc.sql("DELETE FROM delivery_values_pending WHERE unit_code = ?").param(HONG_SON).update();
            values.mark(List.of(far), OffsetDateTime.now());
            assertThat(pending.clear(stale)).isZero();
            assertThat(marks(HONG_SON)).hasSize(1);
            List<PendingValues.Marked> again = pending.after(new UnitMonth(HONG_SON, FAR_MONTH - 1), 1);
            assertThat(pending.clear(again)).isEqualTo(1);
            assertThat(marks(HONG_SON)).isEmpty();
            return null;
        });
    }

    /**
     * Unit codes reach the marks only after the registry knew them, but the store must not depend on it: text shaped
     * as SQL, quotes, a backslash and an array literal's delimiters are bound as data (PostgreSQL arrays, H2 batches),
     * marked, read back and cleared exactly, and the table is still there.
     */
    @Test
    void hostileUnitCodesAreMarkedReadAndClearedAsData() {
        List<String> hostile = List.of("'); DROP TABLE x;--", "a\\\",\"}{", "o'brien\\N", "x\" OR 1=1");
        lock.run(() -> {
            lock.holdDrains();
            values.mark(hostile.stream().map(u -> new UnitMonth(u, FAR_MONTH)).toList(), OffsetDateTime.now());
            List<PendingValues.Marked> read = pending.after(null, 100_000).stream()
                    .filter(m -> hostile.contains(m.month().unit())).toList();
            assertThat(read).extracting(m -> m.month().unit()).containsExactlyInAnyOrderElementsOf(hostile);
            assertThat(pending.clear(read)).isEqualTo(hostile.size());
            return null;
        });
        assertThat(jdbc.sql("SELECT COUNT(*) FROM delivery_values_pending WHERE ym = ?").param(FAR_MONTH)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aDrainSkipsAMonthABatchIsMarkingInsteadOfWaitingForIt() throws Exception {
        Assumptions.assumeTrue(TestDatabase.onPostgres(), "row locks taken by other transactions: PostgreSQL's");
        UnitMonth far = new UnitMonth(HONG_SON, FAR_MONTH + 1);
        lock.run(() -> {
            values.mark(List.of(far), OffsetDateTime.now());
            return null;
        });
        List<PendingValues.Marked> read = pending.after(new UnitMonth(HONG_SON, FAR_MONTH), 1);
        assertThat(read).extracting(PendingValues.Marked::month).containsExactly(far);
        try (Connection batch = DriverManager.getConnection(TestDatabase.pgUrl(), TestDatabase.pgUser(),
                TestDatabase.pgPassword())) {
            batch.setAutoCommit(false);
            try (PreparedStatement hold = batch.prepareStatement("SELECT pg_advisory_xact_lock(766, 2)");
                    PreparedStatement marking = batch.prepareStatement("UPDATE delivery_values_pending SET version ="
                            + " version + 1 WHERE unit_code = ? AND ym = ?")) {
                hold.execute(); // and the background's drains wait meanwhile
                marking.setString(1, far.unit());
                marking.setInt(2, far.month());
                assertThat(marking.executeUpdate()).isEqualTo(1);
                Integer cleared = CompletableFuture.supplyAsync(() -> transactions.execute(s -> pending.clear(read)))
                        .get(60, TimeUnit.SECONDS);
                assertThat(cleared).as("the month a batch is marking is left for the next drain").isZero();
            } finally {
                batch.rollback();
            }
        } finally {
            jdbc.sql("DELETE FROM delivery_values_pending WHERE unit_code = ? AND ym = ?").params(far.unit(), far.month())
                    .update();
        }
    }

    @Test
    void aMonthWhoseValuesAreRefusedStaysMarkedAndHoldsNoneBack() {
        UnitMonth unknown = new UnitMonth("T99ZZ", Integer.parseInt(TestFixtures.MONTH.replace("-", "")));
        try {
            Api.Reply posted = Api.as(port, "admin").post("/api/delivery/events", List.of(received("T16-VD-1", PROCEDURE, true),
                    received("T16-VD-2", PROCEDURE, false)), "Idempotency-Key", "t16-values-drain-refused");
            assertThat(posted.status()).as(posted.body()).isEqualTo(200);
            lock.run(() -> {
                values.mark(List.of(unknown), OffsetDateTime.now());
                return null;
            });
            IndicatorValuesDrain.Drained drained = values.drain();
            assertThat(drained.failed() + drained.recorded()).as(drained.toString()).isPositive();
            assertThat(marks("T99ZZ")).as("left marked, for after the registry is put right").hasSize(1);
            assertThat(refusedAt("T99ZZ")).as("noted as refused, so that the chunks leave it out").isNotNull();
            assertThat(values.failed()).isPositive();
            assertThat(marks(HONG_SON)).as("Hồng Sơn's month recorded all the same").isEmpty();
            Api.Reply value = Api.as(port, "admin").get("/api/indicators/DVC_HS_TRUC_TUYEN_TL/value?unit=" + HONG_SON
                    + "&period=" + TestFixtures.MONTH + "&official=true");
            assertThat(value.json().get("value").asDouble()).as(value.body()).isEqualTo(50.0);
            // refused long enough ago: a drain tries it again on its own, and notes the new refusal
            OffsetDateTime longAgo = OffsetDateTime.now().minusHours(1);
            jdbc.sql("UPDATE delivery_values_pending SET failed_at = ? WHERE unit_code = 'T99ZZ'").param(longAgo).update();
            values.drain();
            assertThat(refusedAt("T99ZZ")).as("tried again").isAfter(longAgo.plusMinutes(30));
            assertThat(marks("T99ZZ")).hasSize(1);
        } finally {
            jdbc.sql("DELETE FROM delivery_values_pending WHERE unit_code = 'T99ZZ'").update();
        }
    }

    @Test
    void aMonthWaitingTooLongShowsInTheHealthOfTheNode() {
        UnitMonth stuck = new UnitMonth("T99ZY", FAR_MONTH);
        Api admin = Api.as(port, "admin");
        try {
            lock.run(() -> {
                values.mark(List.of(stuck), OffsetDateTime.now(clock).minusHours(1));
                return null;
            });
            Api.Reply health = admin.get("/actuator/health/deliveryIndicatorValues");
            assertThat(health.status()).as("still serving: the index's figures are right").isEqualTo(200);
            assertThat(health.json().get("status").asString()).as(health.body()).isEqualTo("LAGGING");
            assertThat(health.json().get("details").get("pendingMonths").asLong()).isPositive();
            Api.Reply overall = Api.anonymous(port).get("/actuator/health");
            assertThat(overall.status()).isEqualTo(200);
            assertThat(overall.json().get("status").asString()).as("what a monitor sees, without the parts")
                    .isEqualTo("LAGGING");
            assertThat(overall.body()).doesNotContain("pendingMonths", "T99ZY");
        } finally {
            jdbc.sql("DELETE FROM delivery_values_pending WHERE unit_code = 'T99ZY'").update();
        }
        assertThat(admin.get("/actuator/health/deliveryIndicatorValues").json().get("status").asString()).isEqualTo("UP");
    }

    private long version(UnitMonth month) {
        return jdbc.sql("SELECT version FROM delivery_values_pending WHERE unit_code = ? AND ym = ?")
                .params(month.unit(), month.month()).query(Long.class).single();
    }

    private OffsetDateTime refusedAt(String unit) {
        return jdbc.sql("SELECT failed_at FROM delivery_values_pending WHERE unit_code = ?").param(unit)
                .query(OffsetDateTime.class).single();
    }

    /** The unit's marks as "yyyymm@version". */
    private List<String> marks(String unit) {
        return jdbc.sql("SELECT ym, version FROM delivery_values_pending WHERE unit_code = ? ORDER BY ym").param(unit)
                .query((rs, n) -> rs.getInt(1) + "@" + rs.getLong(2)).list();
    }
}
