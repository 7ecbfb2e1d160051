package vn.steerboard.quality;

import java.nio.file.Path;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import vn.steerboard.common.VietnamTime;
import vn.steerboard.quality.internal.QualityStore;
import vn.steerboard.quality.internal.UnitFolders;
import vn.steerboard.quality.internal.ScanRunner;

/**
 * File sources brought in at start-up (the demo, a first installation) by the system, and scanned at once on the
 * calling thread, so the rankings have a score before the first request. Not reachable from the web; sources
 * registered by people go through {@link QualitySources}.
 */
@Service
public class SourceImport {

    private final QualityStore store;
    private final ScanRunner runner;
    private final UnitFolders folders;
    private final VietnamTime time;

    SourceImport(QualityStore store, ScanRunner runner, UnitFolders folders, VietnamTime time) {
        this.store = store;
        this.runner = runner;
        this.folders = folders;
        this.time = time;
    }

    /** True when no source has been registered yet. */
    public boolean none() {
        return store.sources().isEmpty();
    }

    /** The unit's folder under the files root, where its FILE sources live (created when missing). */
    public Path unitFolder(String unit) {
        return folders.unitFolder(unit);
    }

    /** Registers a FILE source in its owner's folder as {@code by} and scans it now, as of {@code asOf}. */
    public long registerAndScan(SourceDraft draft, String by, LocalDate asOf) {
        folders.requireFile(draft.ownerUnit(), draft.location());
        long id = store.insertSource(draft, "FILE", draft.name(), by, time.now());
        long scan = store.startScan(id, "SERVER", by, time.now());
        runner.execute(scan, store.source(id).orElseThrow(), null, asOf);
        return id;
    }
}
