package vn.steerboard.submission.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.steerboard.common.ConflictException;
import vn.steerboard.common.InvalidParameterException;
import vn.steerboard.submission.BatchResult;

/**
 * Idempotent batches: the first answer to a batch is kept under its sender and key, so a batch sent again (a retry
 * after a timeout) is answered from the first time and counted once. The same key with other content is refused.
 */
@Component
public class IdempotentBatches {

    public static final int MAX_KEY_LENGTH = 120;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    IdempotentBatches(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A batch's key, sender and content hash; {@code key} null: the batch is not idempotent. */
    public record Request(String actor, String key, String hash) {

        public boolean idempotent() {
            return key != null;
        }
    }

    /** The first answer as stored: counts, ids as ranges ("5-9,12"), warnings. */
    record StoredAnswer(int submissions, int values, String ids, List<String> warnings) {
    }

    /** Checks the key and hashes the content, which must be the same when the batch is sent again. */
    public Request request(String actor, String key, Object content) {
        if (key != null && (key.isBlank() || key.length() > MAX_KEY_LENGTH)) {
            throw new InvalidParameterException("Idempotency-Key", key, "1 to " + MAX_KEY_LENGTH + " characters")
                    .because("reason.length", 1, MAX_KEY_LENGTH);
        }
        return new Request(actor, key, key == null ? null : hash(content));
    }

    /** The first answer, when this request was answered before. */
    public Optional<BatchResult> replay(Request request) {
        if (!request.idempotent()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                SELECT request_hash, response FROM ingest_request WHERE actor = :actor AND idempotency_key = :key""")
                .param("actor", request.actor()).param("key", request.key()).query((rs, n) -> {
                    if (!rs.getString(1).equals(request.hash())) {
                        throw new ConflictException("Idempotency key '" + request.key()
                                + "' was used before for a different batch")
                    .because("problem.idempotency.reused", request.key());
                    }
                    StoredAnswer first = json.readValue(rs.getString(2), StoredAnswer.class);
                    return new BatchResult(first.submissions(), first.values(), IdRanges.parse(first.ids()),
                            first.warnings(), true);
                }).optional();
    }

    /** Keeps the answer, compact whatever the batch's size: its ids as ranges (a batch's new ids are mostly consecutive). */
    public void remember(Request request, BatchResult result, OffsetDateTime at) {
        if (!request.idempotent()) {
            return;
        }
        StoredAnswer stored = new StoredAnswer(result.submissions(), result.values(), IdRanges.format(result.submissionIds()),
                result.warnings());
        jdbc.sql("""
                INSERT INTO ingest_request (actor, idempotency_key, request_hash, response, created_at)
                VALUES (:actor, :key, :hash, :response, :at)""").param("actor", request.actor()).param("key", request.key())
                .param("hash", request.hash()).param("response", json.writeValueAsString(stored)).param("at", at).update();
    }

    private String hash(Object content) {
        return vn.steerboard.common.JsonDigest.sha256(json, content);
    }
}
