package vn.steerboard.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.steerboard.assessment.internal.CountStore;
import vn.steerboard.assessment.internal.FrameworkStore;
import vn.steerboard.audit.AuditEvent;
import vn.steerboard.audit.AuditTrail;
import vn.steerboard.common.NotFoundException;
import vn.steerboard.common.VietnamTime;
import vn.steerboard.identity.AccessPolicy;
import vn.steerboard.registry.OrgUnit;
import vn.steerboard.registry.OrgUnitType;
import vn.steerboard.registry.Registry;

/**
 * The stored framework versions. The built-in ones (resources {@code assessment/frameworks/*.yaml}, illustrative) are
 * registered at start when their version is not stored yet; an ADMIN loads the official text as the next version. A
 * version never changes once stored, so each assessment is scored under exactly the version it was answered under.
 */
@Service
public class FrameworkLibrary {

    public static final List<String> BUILT_IN = List.of("sme-dx", "large-dx", "dti-province", "data-governance");

    private final FrameworkStore store;
    private final CountStore counts;
    private final Registry registry;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final VietnamTime time;
    private final ApplicationEventPublisher events;
    private final Map<String, Framework> parsed = new ConcurrentHashMap<>();

    FrameworkLibrary(FrameworkStore store, CountStore counts, Registry registry, AccessPolicy access, AuditTrail audit,
            VietnamTime time, ApplicationEventPublisher events) {
        this.store = store;
        this.counts = counts;
        this.registry = registry;
        this.access = access;
        this.audit = audit;
        this.time = time;
        this.events = events;
    }

    /** Registers the built-in frameworks whose version is not stored yet (at start; idempotent). */
    @Transactional
    public List<FrameworkSummary> registerBuiltIns() {
        List<FrameworkSummary> added = new ArrayList<>();
        for (String code : BUILT_IN) {
            String yaml = resource(code);
            Framework f = FrameworkLoader.parse(yaml);
            if (store.definition(f.code(), f.version()).isEmpty() && store.latestVersion(f.code()).orElse(0) < f.version()) {
                added.add(store(f, yaml, true, "system:built-in"));
            }
        }
        return added;
    }

    /** Loads a definition as the next version of its framework (ADMIN); refused with line and field errors. */
    @Transactional
    public FrameworkSummary upload(String yaml) {
        access.requireAdmin("ASSESSMENT_FRAMEWORK", null);
        Framework f = FrameworkLoader.parse(yaml);
        int latest = store.latestVersion(f.code()).orElse(0);
        if (f.version() <= latest) {
            throw vn.steerboard.common.InvalidParameterException.field("version", f.version(),
                    "framework " + f.code() + " has version " + latest + " already; a new definition needs a higher version");
        }
        return store(f, yaml, false, access.requireActor().name());
    }

    private FrameworkSummary store(Framework f, String yaml, boolean builtIn, String by) {
        store.insert(f, yaml, sha256(yaml), builtIn, by, time.now());
        if (f.audience() == Framework.Audience.ENTERPRISE) {
            List<String> levels = new ArrayList<>(f.levels().stream().map(Framework.Level::code).toList());
            levels.add(CountStore.NO_LEVEL);
            List<String> provinces = registry.all(OrgUnitType.PROVINCE, null).stream().map(OrgUnit::code).toList();
            List<String> industries = f.industries().isEmpty() ? List.of(SelfAssessments.ALL_INDUSTRIES)
                    : f.industries().stream().map(Framework.Industry::code).toList();
            counts.createRows(f.code(), f.version(), levels, provinces, industries,
                    Arrays.stream(SizeClass.values()).map(Enum::name).toList(),
                    f.pillars().stream().map(Framework.Pillar::code).toList());
        }
        AuditEvent event = new AuditEvent("LOAD", "ASSESSMENT_FRAMEWORK", f.code() + "@" + f.version(), null, null,
                Map.of("illustrative", f.illustrative(), "criteria", f.criteria().count(), "builtIn", builtIn), null, null);
        if (builtIn) {
            audit.recordAs(by, event);
        } else {
            audit.record(event);
        }
        events.publishEvent(new FrameworkLoaded(f.code(), f.version(), builtIn, by));
        return store.versions(f.code()).stream().filter(s -> s.version() == f.version()).findFirst().orElseThrow();
    }

    /** One version, parsed from its stored text (cached: a version never changes). */
    public Framework get(String code, int version) {
        return parsed.computeIfAbsent(code + "@" + version, k -> FrameworkLoader.parse(store.definition(code, version)
                .orElseThrow(() -> new NotFoundException("No framework " + code + " version " + version))));
    }

    /** The latest version of a framework. */
    public Framework latest(String code) {
        return get(code, store.latestVersion(code).filter(v -> v > 0)
                .orElseThrow(() -> new NotFoundException("No framework " + code)));
    }

    public List<FrameworkSummary> list() {
        return store.latest();
    }

    public List<FrameworkSummary> versions(String code) {
        List<FrameworkSummary> versions = store.versions(code);
        if (versions.isEmpty()) {
            throw new NotFoundException("No framework " + code);
        }
        return versions;
    }

    /** The stored definition text of a version, as loaded. */
    public String definition(String code, int version) {
        return store.definition(code, version).orElseThrow(() -> new NotFoundException("No framework " + code
                + " version " + version));
    }

    static String resource(String code) {
        try (InputStream in = FrameworkLibrary.class.getResourceAsStream("/assessment/frameworks/" + code + ".yaml")) {
            if (in == null) {
                throw new IllegalStateException("built-in framework " + code + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
