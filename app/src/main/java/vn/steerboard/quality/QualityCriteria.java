package vn.steerboard.quality;

import java.util.Locale;
import java.util.Optional;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import vn.steerboard.common.NotFoundException;
import vn.steerboard.quality.engine.report.ReportWriters;
import vn.steerboard.quality.internal.ScanBreakdowns;

/**
 * A database's quality in the programme's words: the six criteria of a scan with their checks, failures by kind and
 * masked examples. Read under the same rule as the database itself (its owner's subtree, ADMIN, national viewers).
 */
@Service
public class QualityCriteria {

    private final QualitySources sources;

    QualityCriteria(QualitySources sources) {
        this.sources = sources;
    }

    /** The latest successful scan of the database, broken down; empty when none succeeded yet. */
    public Optional<ScanBreakdown> latest(long sourceId) {
        return sources.history(sourceId).stream().filter(s -> "SUCCEEDED".equals(s.status()) && s.reportJson() != null)
                .findFirst().map(this::breakdown);
    }

    /** One successful scan, broken down; a running or failed scan has no criteria to show. */
    public ScanBreakdown ofScan(long scanId) {
        ScanView scan = sources.scan(scanId);
        if (!"SUCCEEDED".equals(scan.status()) || scan.reportJson() == null) {
            throw new NotFoundException("Scan " + scanId + " has no scores: it is running or it failed")
                    .because("problem.scan.noScores", scanId);
        }
        return breakdown(scan);
    }

    private ScanBreakdown breakdown(ScanView scan) {
        Locale locale = LocaleContextHolder.getLocale();
        return ScanBreakdowns.of(scan.id(), scan.sourceId(), scan.finishedAt(), ReportWriters.fromJson(scan.reportJson()),
                locale);
    }
}
