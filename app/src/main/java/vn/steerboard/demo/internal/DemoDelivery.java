package vn.steerboard.demo.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.steerboard.delivery.ApplicantKind;
import vn.steerboard.delivery.Competence;
import vn.steerboard.delivery.DeliveryEvent;
import vn.steerboard.delivery.DeliveryEvents;
import vn.steerboard.delivery.OnlineLevel;
import vn.steerboard.delivery.ProcedureCatalogue;
import vn.steerboard.delivery.ProcedureDraft;
import vn.steerboard.delivery.WorkingCalendar;
import vn.steerboard.registry.OrgUnit;
import vn.steerboard.registry.OrgUnitType;
import vn.steerboard.registry.Registry;

/**
 * The delivery scoreboard's demo, synthetic and labelled so: 300 procedures (100 per competence level) and a year of
 * dossiers and petitions (November 2025 to October 2026) for every province and ministry and the first 3 communes of
 * each province, loaded through the delivery module's public API in batches, as a one-stop-shop system would.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "steerboard.demo.enabled", havingValue = "true")
class DemoDelivery implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoDelivery.class);
    static final String SYSTEM = "demo-delivery";
    static final LocalDate LAST_DAY = LocalDate.of(2026, 10, 31);
    private static final int COMMUNES_PER_PROVINCE = 3;
    private static final int BATCH = 5_000;

    private final ProcedureCatalogue catalogue;
    private final DeliveryEvents events;
    private final WorkingCalendar calendar;
    private final Registry registry;
    private final DemoBackground background;

    DemoDelivery(ProcedureCatalogue catalogue, DeliveryEvents events, WorkingCalendar calendar, Registry registry,
            DemoBackground background) {
        this.background = background;
        this.catalogue = catalogue;
        this.events = events;
        this.calendar = calendar;
        this.registry = registry;
    }

    @Override
    public void run(ApplicationArguments args) {
        background.run("delivery events", this::seed);
    }

    /** The seeding itself, on the start-up thread or the background one (DemoBackground). */
    void seed() {
        if (catalogue.loadAsSystem(procedures(), SYSTEM).created() == 0) {
            return;
        }
        long start = System.nanoTime();
        DemoDossiers year = new DemoDossiers(calendar.workingDays(), LAST_DAY);
        List<DeliveryEvent> pending = new ArrayList<>();
        int[] batches = {0};
        long total = 0;
        for (OrgUnit unit : units()) {
            int perMonth = unit.type() == OrgUnitType.PROVINCE ? 8 : unit.type() == OrgUnitType.CENTRAL ? 4 : 3;
            Competence level = unit.type() == OrgUnitType.PROVINCE ? Competence.PROVINCE
                    : unit.type() == OrgUnitType.CENTRAL ? Competence.CENTRAL : Competence.COMMUNE;
            pending.addAll(year.year(unit.code(), codes(level), fees(level), perMonth));
            if (pending.size() >= BATCH) {
                total += flush(pending, batches);
            }
        }
        total += flush(pending, batches);
        // the pages of the first start show the indicator values too, not a moment later
        events.recordIndicatorValues();
        LOG.info("Delivery demo: {} synthetic events in {} batches in {} ms", total, batches[0],
                (System.nanoTime() - start) / 1_000_000);
    }

    private int flush(List<DeliveryEvent> pending, int[] batches) {
        if (pending.isEmpty()) {
            return 0;
        }
        int n = pending.size();
        events.ingestAsSystem("demo-delivery-" + (++batches[0]), List.copyOf(pending), SYSTEM);
        pending.clear();
        return n;
    }

    private List<OrgUnit> units() {
        List<OrgUnit> units = new ArrayList<>(registry.all(OrgUnitType.CENTRAL, null));
        for (OrgUnit province : registry.all(OrgUnitType.PROVINCE, null)) {
            units.add(province);
            List<OrgUnit> communes = registry.all(OrgUnitType.COMMUNE, province.code());
            units.addAll(communes.subList(0, Math.min(COMMUNES_PER_PROVINCE, communes.size())));
        }
        return units;
    }

    static String code(Competence level, int i) {
        return "DEMO.TTHC." + level.name().substring(0, 2) + String.format("%03d", i);
    }

    private static List<String> codes(Competence level) {
        List<String> codes = new ArrayList<>();
        for (int i = 1; i <= 100; i++) {
            codes.add(code(level, i));
        }
        return codes;
    }

    private static List<Long> fees(Competence level) {
        List<Long> fees = new ArrayList<>();
        for (int i = 1; i <= 100; i++) {
            fees.add(fee(i));
        }
        return fees;
    }

    private static long fee(int i) {
        return i % 3 == 0 ? 50_000L * (1 + i % 4) : 0;
    }

    private static List<ProcedureDraft> procedures() {
        List<ProcedureDraft> drafts = new ArrayList<>();
        for (Competence level : Competence.values()) {
            for (int i = 1; i <= 100; i++) {
                OnlineLevel online = i % 5 == 0 ? OnlineLevel.NONE : i % 5 == 1 ? OnlineLevel.PARTIAL : OnlineLevel.FULL;
                drafts.add(new ProcedureDraft(code(level, i), "Thủ tục tổng hợp (synthetic) số " + i + " - " + level.name(),
                        level, "Cơ quan tổng hợp (synthetic)", i % 4 == 0 ? ApplicantKind.BUSINESS : ApplicantKind.CITIZEN,
                        fee(i), online != OnlineLevel.NONE && i % 7 != 0 || online == OnlineLevel.FULL, online, i % 2 == 0,
                        LocalDate.of(2025, 1, 1 + i % 28), i % 6 != 0, i % 9 != 0, true));
            }
        }
        return drafts;
    }
}
