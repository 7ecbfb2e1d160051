package vn.steerboard.quality.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;
import vn.steerboard.common.InvalidParameterException;
import vn.steerboard.quality.ScanCompleted;
import vn.steerboard.quality.SourceView;
import vn.steerboard.quality.engine.QualityEngine;
import vn.steerboard.quality.engine.ScanException;
import vn.steerboard.quality.engine.ScanReport;
import vn.steerboard.quality.engine.Suite;
import vn.steerboard.quality.engine.SuiteException;
import vn.steerboard.quality.engine.dictionary.Dictionary;
import vn.steerboard.quality.engine.suite.SuiteReader;

/**
 * Runs server-side scans in the background. Progress is written as it goes; the results are written in one
 * transaction at the end, or the scan is marked FAILED with a classified reason (the driver's own text goes to
 * the log only): never half a result. What a scan may touch is decided again here, at the time it runs, by
 * {@link ScanPolicy}: a list or a file may have changed since the source was registered.
 */
@Component
public class ScanRunner {

    private static final Logger log = LoggerFactory.getLogger(ScanRunner.class);

    private final QualityStore store;
    private final TaskExecutor executor;
    private final ApplicationEventPublisher events;
    private final ScanPolicy policy;
    private final UnitFolders folders;

    private final vn.steerboard.common.VietnamTime time;

    ScanRunner(QualityStore store, @Qualifier("applicationTaskExecutor") TaskExecutor executor,
            ApplicationEventPublisher events, ScanPolicy policy, UnitFolders folders, vn.steerboard.common.VietnamTime time) {
        this.folders = folders;
        this.time = time;
        this.store = store;
        this.executor = executor;
        this.events = events;
        this.policy = policy;
    }

    /** Scans in the background with {@code asOf} as the reference day (freshness, not_in_future, codes in force). */
    public void run(long scanId, SourceView source, String secret, LocalDate asOf) {
        executor.execute(() -> execute(scanId, source, secret, asOf));
    }

    /** Scans now, on the calling thread (start-up imports); otherwise as {@link #run}. */
    public void execute(long scanId, SourceView source, String secret, LocalDate asOf) {
        try {
            Suite suite = new SuiteReader(Dictionary.standard()).read(source.suiteYaml());
            QualityEngine engine = new QualityEngine(Dictionary.standard(), time.clock());
            QualityEngine.Options options = new QualityEngine.Options(null, message -> store.progress(scanId, message), 5,
                    policy.statementTimeoutSeconds()).asOf(asOf);
            ScanReport report;
            if (source.kind().equals("FILE")) {
                Path file = folders.resolveFile(source.ownerUnit(), source.location())
                        .orElseThrow(() -> new ScanException("Cannot read the file: " + UnitFolders.NO_SUCH_FILE, null));
                report = engine.scanFile(suite, file, options);
            } else if (source.kind().equals("JDBC")) {
                JdbcTarget target;
                try {
                    target = JdbcTarget.parse(source.location());
                } catch (InvalidParameterException e) {
                    throw new ScanException("Not allowed: " + e.getMessage(), null);
                }
                try (Connection connection = policy.connect(target, source.username(), secret)) {
                    report = engine.scan(suite, connection, source.name(), options);
                    connection.rollback();
                } catch (SQLException e) {
                    throw new ScanException("The connection failed while closing", e);
                }
            } else {
                throw new ScanException("This database is scanned by its agency; upload the report", null);
            }
            store.finishScan(scanId, report, time.now());
            events.publishEvent(new ScanCompleted(scanId, source.id(), source.ownerUnit()));
        } catch (ScanException | SuiteException e) {
            if (e.getCause() != null) {
                log.info("Scan {} of source {} failed: {} (driver: {})", scanId, source.id(), e.getMessage(), e.getCause().toString());
            }
            store.failScan(scanId, e.getMessage(), time.now());
        } catch (RuntimeException e) {
            log.error("Scan {} of source {} failed", scanId, source.id(), e);
            store.failScan(scanId, "Unexpected error (details in the server log)", time.now());
        }
    }
}
