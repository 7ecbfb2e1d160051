package vn.steerboard.submission.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.steerboard.submission.internal.SubmissionStore.Key;
import vn.steerboard.submission.internal.SubmissionStore.PreviousKey;
import vn.steerboard.support.IntegrationTest;

/**
 * Keys read in one statement (on PostgreSQL bound as arrays, on H2 as row-value IN lists) mean only themselves:
 * text that is array-literal syntax, SQL or a NULL spelled out finds nothing and breaks nothing, and a real key
 * among them is found with its values.
 */
@IntegrationTest
class SubmissionPrefetchTest {

    private static final List<String> HOSTILE = List.of("{\"01\",\"79\"}", "01','79", "x') OR 1=1 --", "NULL", "",
            "a\\b\\", "{}", "\"", "Hà Nội\u202e");

    @Autowired
    SubmissionStore store;

    @Autowired
    JdbcClient jdbc;

    @Test
    void hostileKeyTextFindsNothingAndARealKeyAmongItIsFound() {
        Key real = jdbc.sql("""
                SELECT s.data_set_code, s.unit_code, s.period FROM submission s
                WHERE EXISTS (SELECT 1 FROM data_value v WHERE v.submission_id = s.id) ORDER BY s.id""")
                .query((rs, n) -> new Key(rs.getString(1), rs.getString(2), rs.getString(3))).list().get(0);
        List<Key> keys = new ArrayList<>(List.of(real));
        List<PreviousKey> previous = new ArrayList<>();
        for (String text : HOSTILE) {
            keys.add(new Key(text, real.unit(), real.period()));
            keys.add(new Key(real.dataSet(), text, real.period()));
            keys.add(new Key(real.dataSet(), real.unit(), text));
            previous.add(new PreviousKey(text, real.period()));
            previous.add(new PreviousKey(real.unit(), text));
        }
        SubmissionStore.Existing existing = store.prefetch(keys, previous);
        assertThat(existing.heads()).as("only the real key exists").containsOnlyKeys(real);
        assertThat(existing.values(existing.head(real).id())).as("the real key's values").isNotEmpty();
        assertThat(store.ids(keys)).containsOnlyKeys(real);
        for (String text : HOSTILE) {
            assertThat(existing.previous(text, real.period())).as("previous values of unit %s", text).isEmpty();
        }
    }
}
