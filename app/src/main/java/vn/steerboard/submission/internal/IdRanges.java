package vn.steerboard.submission.internal;

import java.util.ArrayList;
import java.util.List;

/** Ids in order as runs, "5-9,12,20-21": a batch's ids take a few characters whatever its size. */
public final class IdRanges {

    private IdRanges() {
    }

    public static String format(List<Long> ids) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < ids.size()) {
            int j = i;
            while (j + 1 < ids.size() && ids.get(j + 1) == ids.get(j) + 1) {
                j++;
            }
            if (out.length() > 0) {
                out.append(',');
            }
            out.append(ids.get(i));
            if (j > i) {
                out.append('-').append(ids.get(j));
            }
            i = j + 1;
        }
        return out.toString();
    }

    public static List<Long> parse(String ranges) {
        List<Long> ids = new ArrayList<>();
        if (ranges == null || ranges.isEmpty()) {
            return ids;
        }
        for (String run : ranges.split(",")) {
            int dash = run.indexOf('-');
            if (dash < 0) {
                ids.add(Long.parseLong(run));
            } else {
                long from = Long.parseLong(run.substring(0, dash));
                long to = Long.parseLong(run.substring(dash + 1));
                for (long id = from; id <= to; id++) {
                    ids.add(id);
                }
            }
        }
        return ids;
    }
}
