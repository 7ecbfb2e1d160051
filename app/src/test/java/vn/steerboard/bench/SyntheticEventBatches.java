package vn.steerboard.bench;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.steerboard.delivery.Channel;
import vn.steerboard.delivery.DeliveryEvent;
import vn.steerboard.delivery.DossierStatus;
import vn.steerboard.delivery.EventKind;

/** The delivery benchmark's synthetic batches: dossiers received, in progress, completed, with a result, synced. */
final class SyntheticEventBatches {

    static final int BATCH = DeliveryBench.BATCH;
    static final int PER_DOSSIER = DeliveryBench.PER_DOSSIER;

    private final JdbcTemplate jdbc;

    SyntheticEventBatches(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * {@code -Dbench.spread=province}: each batch is one province's (the province and its communes) and one month, as a
     * province's one-stop-shop system sends them; by default every batch spreads over all units and nine months, the
     * worst case for the roll-ups and the indicator values.
     */
    static final boolean BY_PROVINCE = "province".equals(System.getProperty("bench.spread", "all"));

    private List<List<String>> provinces;

    /** Batch b of run r: BATCH / PER_DOSSIER dossiers, each received, in progress, completed, result, synced. */
    List<DeliveryEvent> batch(String run, int b, List<String> units) {
        List<DeliveryEvent> batch = new ArrayList<>(BATCH);
        List<String> province = BY_PROVINCE ? provinces().get(b % provinces().size()) : null;
        for (int i = 0; i < BATCH / PER_DOSSIER; i++) {
            long n = (long) b * (BATCH / PER_DOSSIER) + i;
            String unit = province == null ? units.get((int) (n % units.size())) : province.get(i % province.size());
            String dossier = "B" + run + "-" + n;
            int month = province == null ? 1 + (int) (n % 9) : 1 + (b / provinces().size()) % 9;
            OffsetDateTime at = OffsetDateTime.of(2026, month, 1 + (int) (n % 27), 8, 0, 0, 0, ZoneOffset.ofHours(7));
            Channel channel = Channel.values()[(int) (n % 3)];
            String procedure = unit.matches("\\d{5}") ? "DEMO.TTHC.CO" : unit.matches("\\d{2}") ? "DEMO.TTHC.PR" : "DEMO.TTHC.CE";
            procedure += String.format("%03d", 1 + n % 100);
            batch.add(new DeliveryEvent(EventKind.DOSSIER_RECEIVED, dossier, null, unit, procedure, at, channel, 5,
                    channel == Channel.ONLINE, n % 2 == 0, null, null, null, null, null, null, null, null, null,
                    "Nguyễn Văn " + n, null, null));
            batch.add(status(dossier, unit, at.plusHours(1), DossierStatus.IN_PROGRESS));
            batch.add(status(dossier, unit, at.plusDays(2), DossierStatus.COMPLETED));
            batch.add(new DeliveryEvent(EventKind.RESULT_ISSUED, dossier, null, unit, null, at.plusDays(2).plusMinutes(5), null,
                    null, null, null, null, n % 4 != 0, true, null, null, null, null, null, null, null, null, null));
            batch.add(new DeliveryEvent(EventKind.SYNCED_TO_PORTAL, dossier, null, unit, null, at.plusDays(2).plusMinutes(10),
                    null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null));
        }
        return batch;
    }

    /** Each province with its communes. */
    private List<List<String>> provinces() {
        if (provinces == null) {
            java.util.Map<String, List<String>> byProvince = new java.util.TreeMap<>();
            jdbc.query("SELECT code, parent_code, type FROM org_unit ORDER BY code", rs -> {
                if ("PROVINCE".equals(rs.getString(3))) {
                    byProvince.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(0, rs.getString(1));
                } else if ("COMMUNE".equals(rs.getString(3))) {
                    byProvince.computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(rs.getString(1));
                }
            });
            provinces = List.copyOf(byProvince.values());
        }
        return provinces;
    }

    private static DeliveryEvent status(String dossier, String unit, OffsetDateTime at, DossierStatus status) {
        return new DeliveryEvent(EventKind.STATUS_CHANGED, dossier, null, unit, null, at, null, null, null, null, status, null,
                null, null, null, null, null, null, null, null, null, null);
    }
}
