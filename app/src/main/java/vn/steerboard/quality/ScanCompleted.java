package vn.steerboard.quality;

import vn.steerboard.common.FiguresChanged;

/** A scan of a source finished and its report was stored: the owner unit's database-quality figures changed. */
public record ScanCompleted(long scanId, long sourceId, String unitCode) implements FiguresChanged {

    @Override
    public String area() {
        return "quality";
    }
}
