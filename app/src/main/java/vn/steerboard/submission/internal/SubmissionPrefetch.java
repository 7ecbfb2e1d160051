package vn.steerboard.submission.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.steerboard.analytics.Contribution;
import vn.steerboard.submission.internal.SubmissionStore.Existing;
import vn.steerboard.submission.internal.SubmissionStore.Head;
import vn.steerboard.submission.internal.SubmissionStore.Key;
import vn.steerboard.submission.internal.SubmissionStore.PreviousKey;

/**
 * What a batch of submissions needs to know before it is written, read by key in a few statements: the heads of the
 * keys that exist, their values, the previous periods' values. On PostgreSQL the keys and ids are bound as arrays (one
 * statement whatever their number); H2 reads in chunks of row-value IN lists.
 */
final class SubmissionPrefetch {

    private static final int KEY_CHUNK = 300;
    private static final int ID_CHUNK = 500;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final boolean postgres;

    SubmissionPrefetch(JdbcClient jdbc, JdbcTemplate template, boolean postgres) {
        this.jdbc = jdbc;
        this.template = template;
        this.postgres = postgres;
    }

    /** The submissions among {@code keys} that exist, with their values, and the values of the previous periods asked. */
    Existing existing(Collection<Key> keys, Collection<PreviousKey> previousKeys) {
        Map<Key, Head> heads = heads(keys);
        Map<Long, List<Contribution>> values = new HashMap<>();
        List<Long> ids = heads.values().stream().map(Head::id).toList();
        org.springframework.jdbc.core.RowCallbackHandler value = rs -> values.computeIfAbsent(rs.getLong(1),
                k -> new ArrayList<>()).add(new Contribution(rs.getString(2), rs.getString(3), rs.getString(4), rs.getDouble(5),
                        rs.getDouble(6), rs.getLong(7), rs.getString(8)));
        String columns = "SELECT submission_id, element_code, unit_code, period, numeric_value, weight, entry_seq, lineage"
                + " FROM data_value WHERE submission_id ";
        if (postgres && !ids.isEmpty()) {
            // one statement for every id (a delivery batch supersedes thousands of unit-months)
            template.query(connection -> {
                var statement = connection.prepareStatement(columns + "= ANY(?)");
                statement.setArray(1, connection.createArrayOf("int8", ids.toArray()));
                return statement;
            }, value);
        } else {
            for (List<Long> chunk : chunks(ids, ID_CHUNK)) {
                jdbc.sql(columns + "IN (:ids)").param("ids", chunk).query(value);
            }
        }
        Map<String, Map<String, Double>> previous = new HashMap<>();
        for (List<PreviousKey> chunk : chunks(List.copyOf(previousKeys), KEY_CHUNK)) {
            List<Object> params = new ArrayList<>();
            chunk.forEach(k -> {
                params.add(k.unit());
                params.add(k.period());
            });
            // row-value IN lists are written out: named parameters cannot expand to tuples
            jdbc.sql("SELECT unit_code, period, element_code, numeric_value FROM data_value WHERE (unit_code, period) IN ("
                    + tuples(chunk.size(), 2) + ")").params(params).query(rs -> {
                        previous.computeIfAbsent(rs.getString(1) + "|" + rs.getString(2), k -> new LinkedHashMap<>())
                                .put(rs.getString(3), rs.getDouble(4));
                    });
        }
        return new Existing(heads, values, previous);
    }

    /** The ids of the submissions among {@code keys} that exist. */
    Map<Key, Long> ids(Collection<Key> keys) {
        Map<Key, Long> ids = new HashMap<>();
        heads(keys).forEach((key, head) -> ids.put(key, head.id()));
        return ids;
    }

    private Map<Key, Head> heads(Collection<Key> keys) {
        Map<Key, Head> heads = new HashMap<>();
        if (postgres && !keys.isEmpty()) {
            // one statement whatever the number of keys: the keys as three arrays, joined on the key's unique index
            template.query(connection -> {
                var statement = connection.prepareStatement("SELECT s.id, s.data_set_code, s.unit_code, s.period, s.status,"
                        + " s.approved_through, s.version FROM unnest(?::varchar[], ?::varchar[], ?::varchar[])"
                        + " AS k (data_set_code, unit_code, period) JOIN submission s ON s.data_set_code = k.data_set_code"
                        + " AND s.unit_code = k.unit_code AND s.period = k.period");
                statement.setArray(1, connection.createArrayOf("varchar", keys.stream().map(Key::dataSet).toArray()));
                statement.setArray(2, connection.createArrayOf("varchar", keys.stream().map(Key::unit).toArray()));
                statement.setArray(3, connection.createArrayOf("varchar", keys.stream().map(Key::period).toArray()));
                return statement;
            }, (java.sql.ResultSet rs) -> {
                Head head = SubmissionStore.head(rs);
                heads.put(head.key(), head);
            });
            return heads;
        }
        for (List<Key> chunk : chunks(List.copyOf(keys), KEY_CHUNK)) {
            List<Object> params = new ArrayList<>();
            chunk.forEach(k -> {
                params.add(k.dataSet());
                params.add(k.unit());
                params.add(k.period());
            });
            jdbc.sql("SELECT " + SubmissionStore.HEAD_COLUMNS + " FROM submission WHERE (data_set_code, unit_code, period) IN ("
                    + tuples(chunk.size(), 3) + ")").params(params).query(rs -> {
                        Head head = SubmissionStore.head(rs);
                        heads.put(head.key(), head);
                    });
        }
        return heads;
    }

    private static <T> List<List<T>> chunks(List<T> items, int size) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < items.size(); from += size) {
            chunks.add(items.subList(from, Math.min(items.size(), from + size)));
        }
        return chunks;
    }

    private static String tuples(int count, int width) {
        String tuple = "(" + String.join(", ", Collections.nCopies(width, "?")) + ")";
        return String.join(", ", Collections.nCopies(count, tuple));
    }
}
