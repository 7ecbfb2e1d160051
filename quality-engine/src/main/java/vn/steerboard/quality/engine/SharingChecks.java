package vn.steerboard.quality.engine;

import java.util.List;
import java.util.Map;

/** The three "shared" criterion items, one result each, from the suite's sharing declaration. */
final class SharingChecks {

    /** Their check ids, as a report carries them. */
    static final List<String> IDS = List.of("shared_declared", "shared_columns_documented", "shared_exchange_endpoint");

    private SharingChecks() {
    }

    static List<CheckResult> of(Suite suite) {
        Suite.Sharing s = suite.sharing();
        return List.of(flag(IDS.get(0), s.declaredForSharing()), flag(IDS.get(1), s.columnsDocumented()),
                flag(IDS.get(2), s.exchangeEndpointConnected()));
    }

    private static CheckResult flag(String id, boolean yes) {
        return new CheckResult(id, CheckType.SCHEMA, List.of(), Criterion.SHARED, 1, 1, yes ? 0 : 1,
                Map.of("declared", yes), List.of(), "suite");
    }
}
