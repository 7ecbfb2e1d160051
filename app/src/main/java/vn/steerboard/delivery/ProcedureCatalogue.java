package vn.steerboard.delivery;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.steerboard.audit.AuditEvent;
import vn.steerboard.audit.AuditTrail;
import vn.steerboard.common.NotFoundException;
import vn.steerboard.common.Page;
import vn.steerboard.common.PageRequest;
import vn.steerboard.common.RejectedFileException;
import vn.steerboard.common.RowProblem;
import vn.steerboard.common.VietnamTime;
import vn.steerboard.delivery.internal.ProcedureRows;
import vn.steerboard.delivery.internal.ProcedureRules;
import vn.steerboard.delivery.internal.ProcedureStore;
import vn.steerboard.identity.AccessPolicy;
import vn.steerboard.identity.Actor;

/**
 * The catalogue of administrative procedures (TTHC). Only ADMIN (the central secretariat) loads it; everyone signed in
 * reads it. A load is all or nothing: one bad row refuses the whole batch, naming every row and reason. A procedure
 * whose facts change gets a new version; the old versions stay, so the catalogue can be read as of any day.
 */
@Service
public class ProcedureCatalogue {

    /** At most this many procedures in one load (the national database holds about 6,000 per level). */
    public static final int MAX_BATCH = 20_000;

    private final ProcedureStore store;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final VietnamTime time;
    private final ApplicationEventPublisher events;
    private final vn.steerboard.delivery.internal.DeliveryTexts texts;

    ProcedureCatalogue(ProcedureStore store, AccessPolicy access, AuditTrail audit, VietnamTime time,
            ApplicationEventPublisher events, vn.steerboard.delivery.internal.DeliveryTexts texts) {
        this.texts = texts;
        this.store = store;
        this.access = access;
        this.audit = audit;
        this.time = time;
        this.events = events;
    }

    /** Loads the drafts (row numbers count from {@code firstRow}); all or nothing. */
    @Transactional
    public CatalogueLoad load(List<ProcedureDraft> drafts, String source) {
        List<Integer> rows = java.util.stream.IntStream.rangeClosed(1, drafts == null ? 0 : drafts.size()).boxed().toList();
        return load(new ProcedureRows.Parsed(drafts == null ? List.of() : drafts, rows, List.of()), source);
    }

    private CatalogueLoad load(ProcedureRows.Parsed parsed, String source) {
        access.requireAdmin("DELIVERY_PROCEDURE", source);
        List<ProcedureDraft> drafts = parsed.drafts();
        Actor actor = access.requireActor();
        if (drafts.isEmpty() && parsed.problems().isEmpty()) {
            throw new RejectedFileException("rejected-catalogue", texts.get("delivery.catalogue.rejected"), texts.get("delivery.catalogue.empty"),
                    List.of(new RowProblem(1, "procedures", null, texts.get("delivery.catalogue.empty"))));
        }
        if (drafts.size() > MAX_BATCH) {
            throw new vn.steerboard.common.PayloadTooLargeException(MAX_BATCH + " procedures",
                    drafts.size() + " procedures in one load; at most " + MAX_BATCH);
        }
        OffsetDateTime now = time.now();
        List<ProcedureVersion> checked = check(parsed, actor.name(), now);
        return write(checked, actor, source, now);
    }

    /** At most this many bytes in one catalogue file. */
    public static final int MAX_FILE_BYTES = 5 * 1024 * 1024;

    /** Loads an .xlsx or .csv with the columns of {@code ProcedureRows.COLUMNS}; all or nothing, row 1 the header. */
    @Transactional
    public CatalogueLoad importFile(String fileName, byte[] content) {
        access.requireAdmin("DELIVERY_PROCEDURE", fileName);
        if (content.length > MAX_FILE_BYTES) {
            throw new vn.steerboard.common.PayloadTooLargeException(MAX_FILE_BYTES + " bytes", "the catalogue file has "
                    + content.length + " bytes; at most " + MAX_FILE_BYTES + " (5 MB)");
        }
        ProcedureRows.Parsed parsed = ProcedureRows.drafts(vn.steerboard.common.SpreadsheetRows.read(fileName, content));
        return load(parsed, "file:" + vn.steerboard.common.EdgeText.visible(fileName == null ? "" : fileName.length() > 150 ? fileName.substring(0, 150) : fileName));
    }

    /** Loads the drafts of a system or demo seeder that runs without a signed-in user (audited under its name). */
    @Transactional
    public CatalogueLoad loadAsSystem(List<ProcedureDraft> drafts, String systemName) {
        OffsetDateTime now = time.now();
        List<Integer> rows = java.util.stream.IntStream.rangeClosed(1, drafts.size()).boxed().toList();
        List<ProcedureVersion> checked = check(new ProcedureRows.Parsed(drafts, rows, List.of()), systemName, now);
        return write(checked, null, systemName, now);
    }

    private List<ProcedureVersion> check(ProcedureRows.Parsed parsed, String by, OffsetDateTime now) {
        List<ProcedureDraft> drafts = parsed.drafts();
        List<RowProblem> problems = new ArrayList<>(parsed.problems());
        List<ProcedureVersion> checked = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < drafts.size(); i++) {
            int row = parsed.rows().get(i);
            ProcedureVersion version = ProcedureRules.check(row, drafts.get(i), by, now, problems, texts);
            if (version != null && !seen.add(version.code())) {
                problems.add(new RowProblem(row, "code", version.code(), texts.get("delivery.catalogue.twice")));
            } else if (version != null) {
                checked.add(version);
            }
        }
        problems.sort(java.util.Comparator.comparingInt(RowProblem::row));
        if (!problems.isEmpty()) {
            throw new RejectedFileException("rejected-catalogue", texts.get("delivery.catalogue.rejected"),
                    texts.get("delivery.catalogue.problems", problems.size()), problems);
        }
        return checked;
    }

    private CatalogueLoad write(List<ProcedureVersion> checked, Actor actor, String source, OffsetDateTime now) {
        int created = 0;
        int changed = 0;
        List<String> written = new ArrayList<>();
        OffsetDateTime ahead = now.plusYears(1000);
        for (ProcedureVersion p : checked) {
            ProcedureVersion current = store.current(p.code(), ahead).orElse(null);
            if (p.sameFacts(current)) {
                continue;
            }
            store.insert(withVersion(p, current == null ? 1 : current.version() + 1));
            written.add(p.code());
            if (current == null) {
                created++;
            } else {
                changed++;
            }
        }
        CatalogueLoad load = new CatalogueLoad(created, changed, checked.size() - written.size(), List.copyOf(written));
        AuditEvent event = new AuditEvent("LOAD", "DELIVERY_PROCEDURE", source, null, null,
                Map.of("created", created, "changed", changed, "unchanged", load.unchanged()), null, written);
        if (actor == null) {
            audit.recordAs(source, event);
        } else {
            audit.record(event);
        }
        if (!written.isEmpty()) {
            events.publishEvent(new CatalogueChanged(created, changed, actor == null ? source : actor.name()));
        }
        return load;
    }

    private static ProcedureVersion withVersion(ProcedureVersion p, int version) {
        return new ProcedureVersion(p.code(), version, p.name(), p.competence(), p.handlingAgencies(), p.applicantKind(),
                p.feeVnd(), p.fullyOnlineEligible(), p.onlineLevel(), p.populationData(), p.publishedOn(),
                p.publishedOnTime(), p.componentsComplete(), p.synthetic(), p.recordedBy(), p.recordedAt());
    }

    /** The procedure as it stood at the end of {@code asOf} (today when null). */
    public ProcedureVersion get(String code, LocalDate asOf) {
        access.requireActor();
        return store.current(code, endOf(asOf)).orElseThrow(() -> new NotFoundException("No procedure " + code
                + (asOf == null ? "" : " on " + asOf)));
    }

    /** Every version of the procedure, oldest first. */
    public List<ProcedureVersion> history(String code) {
        access.requireActor();
        List<ProcedureVersion> versions = store.history(code);
        if (versions.isEmpty()) {
            throw new NotFoundException("No procedure " + code);
        }
        return versions;
    }

    public Page<ProcedureVersion> list(Competence competence, LocalDate asOf, PageRequest page) {
        access.requireActor();
        OffsetDateTime before = endOf(asOf);
        return Page.of(store.list(competence, before, page.offset(), page.size()), page, store.count(competence, before));
    }

    private OffsetDateTime endOf(LocalDate asOf) {
        LocalDate day = time.dayOrToday(asOf);
        return day.plusDays(1).atStartOfDay(VietnamTime.ZONE).toOffsetDateTime();
    }
}
