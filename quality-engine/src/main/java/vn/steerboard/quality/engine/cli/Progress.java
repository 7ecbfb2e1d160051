package vn.steerboard.quality.engine.cli;

import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The command line's progress on a long scan: rows read (of how many, once the database says), rate and elapsed
 * time, drawn on stderr by me.tongfei:progressbar; the engine's stage ("aggregate query", "streaming pass") as its
 * message. Nothing at all when quiet or when the output is not a terminal.
 */
final class Progress implements AutoCloseable {

    private ProgressBar bar;

    private Progress(ProgressBar bar) {
        this.bar = bar;
    }

    static Progress of(boolean shown, Locale language) {
        if (!shown) {
            return new Progress(null);
        }
        boolean en = "en".equals(language.getLanguage());
        return new Progress(new ProgressBarBuilder().setTaskName(en ? "Scanning" : "Đang quét").setInitialMax(-1)
                .setUnit(en ? " rows" : " bản ghi", 1).showSpeed().setUpdateIntervalMillis(250)
                .setStyle(ProgressBarStyle.UNICODE_BLOCK).setConsumer(new ConsoleProgressBarConsumer(System.err, 100))
                .build());
    }

    void message(String message) {
        if (bar != null) {
            bar.setExtraMessage(message);
        }
    }

    void rows(long done, long total) {
        if (bar != null) {
            bar.maxHint(total);
            bar.stepTo(done);
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
