package vn.steerboard.quality.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;
import vn.steerboard.common.FiguresChanged;
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
 * transaction at the end, or the scan is marked FAILED with the reason: never half a result.
 */
@Component
public class ScanRunner {

    private static final Logger log = LoggerFactory.getLogger(ScanRunner.class);

    private final QualityStore store;
    private final TaskExecutor executor;
    private final ApplicationEventPublisher events;

    private final vn.steerboard.common.VietnamTime time;

    ScanRunner(QualityStore store, @Qualifier("applicationTaskExecutor") TaskExecutor executor,
            ApplicationEventPublisher events, vn.steerboard.common.VietnamTime time) {
        this.time = time;
        this.store = store;
        this.executor = executor;
        this.events = events;
    }

    public void run(long scanId, SourceView source, String secret) {
        executor.execute(() -> execute(scanId, source, secret));
    }

    void execute(long scanId, SourceView source, String secret) {
        try {
            Suite suite = new SuiteReader(Dictionary.standard()).read(source.suiteYaml());
            QualityEngine engine = new QualityEngine(Dictionary.standard(), time.clock());
            QualityEngine.Options options = new QualityEngine.Options(null, message -> store.progress(scanId, message), 5);
            ScanReport report;
            if (source.kind().equals("FILE")) {
                report = engine.scanFile(suite, Path.of(source.location()), options);
            } else {
                DriverManager.setLoginTimeout(15);
                try (Connection connection = DriverManager.getConnection(source.location(), source.username(), secret)) {
                    connection.setReadOnly(true);
                    report = engine.scan(suite, connection, source.name(), options);
                } catch (SQLException e) {
                    throw new ScanException("Cannot connect to " + source.location().replaceAll("(?i)password=[^&;]*", "password=***")
                            + ": " + e.getMessage(), e);
                }
            }
            store.finishScan(scanId, report, time.now());
            events.publishEvent(new FiguresChanged("quality", source.ownerUnit()));
        } catch (ScanException | SuiteException e) {
            store.failScan(scanId, e.getMessage(), time.now());
        } catch (RuntimeException e) {
            log.error("Scan {} of source {} failed", scanId, source.id(), e);
            store.failScan(scanId, "Unexpected error: " + e, time.now());
        }
    }
}
