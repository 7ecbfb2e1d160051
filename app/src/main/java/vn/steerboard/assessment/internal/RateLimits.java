package vn.steerboard.assessment.internal;

import java.time.Duration;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.steerboard.assessment.RateLimitedException;
import vn.steerboard.common.VietnamTime;

/**
 * Abuse limits of the public endpoints, in the database so that every node counts the same attempts: one row per
 * attempt, counted in a sliding window. An attempt is recorded in a transaction of its own, so a refused or failed
 * request still counts.
 */
@Repository
public class RateLimits {

    private final JdbcClient jdbc;
    private final VietnamTime time;

    RateLimits(JdbcClient jdbc, VietnamTime time) {
        this.jdbc = jdbc;
        this.time = time;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void count(String bucket, int max, Duration window) {
        OffsetDateTime now = time.now();
        String key = bucket.length() > 200 ? bucket.substring(0, 200) : bucket;
        long recent = jdbc.sql("SELECT COUNT(*) FROM assessment_rate_event WHERE bucket = :bucket AND at > :since")
                .param("bucket", key).param("since", now.minus(window)).query(Long.class).single();
        if (recent >= max) {
            throw new RateLimitedException("Too many attempts (" + max + " per " + window.toMinutes()
                    + " minutes); try again later", window.toSeconds());
        }
        jdbc.sql("INSERT INTO assessment_rate_event (bucket, at) VALUES (:bucket, :at)").param("bucket", key)
                .param("at", now).update();
        if (recent == 0) {
            jdbc.sql("DELETE FROM assessment_rate_event WHERE bucket = :bucket AND at < :old").param("bucket", key)
                    .param("old", now.minusDays(1)).update();
        }
    }
}
