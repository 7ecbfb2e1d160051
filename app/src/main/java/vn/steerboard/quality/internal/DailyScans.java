package vn.steerboard.quality.internal;

import java.time.OffsetDateTime;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Scans every database marked "daily" at 02:00 Vietnam time, outside office hours. */
@Component
class DailyScans {

    private final QualityStore store;
    private final ScanRunner runner;

    private final vn.steerboard.common.VietnamTime time;

    DailyScans(QualityStore store, ScanRunner runner, vn.steerboard.common.VietnamTime time) {
        this.time = time;
        this.store = store;
        this.runner = runner;
    }

    @Scheduled(cron = "0 0 2 * * *", zone = "Asia/Ho_Chi_Minh")
    @net.javacrumbs.shedlock.spring.annotation.SchedulerLock(name = "quality.daily-scans", lockAtMostFor = "PT6H", lockAtLeastFor = "PT10M")
    void scanDailySources() {
        for (long id : store.dailySources()) {
            store.source(id).filter(source -> source.suiteYaml() != null && !source.suiteYaml().isBlank())
                    .ifPresent(source -> runner.run(store.startScan(id, "SERVER", "schedule", time.now()),
                            source, store.secret(id), time.today()));
        }
    }
}
