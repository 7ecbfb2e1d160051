package vn.steerboard.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A commune-level procedure of a test's own in the delivery catalogue, put through the ADMIN API. */
public final class TestProcedures {

    private TestProcedures() {
    }

    /** The procedure as the catalogue API takes it: free of charge, online in full when eligible. */
    public static Map<String, Object> commune(String code, String name, boolean fullyOnlineEligible) {
        return new HashMap<>(Map.of("code", code, "name", name, "competence", "COMMUNE", "handlingAgencies", "UBND xã",
                "applicantKind", "CITIZEN", "feeVnd", 0, "fullyOnlineEligible", fullyOnlineEligible, "onlineLevel",
                fullyOnlineEligible ? "FULL" : "PARTIAL", "populationData", false));
    }

    /** Puts the procedures (a new version where one changed; the same procedure again changes nothing). */
    public static void put(int port, List<Map<String, Object>> procedures) {
        Api.Reply put = Api.as(port, DemoFacts.ADMIN).put("/api/delivery/procedures", procedures);
        assertThat(put.status()).as(put.body()).isEqualTo(200);
    }
}
