package vn.steerboard.delivery;

/**
 * What one accepted batch did. {@code late}: events dated in an earlier month than the day they arrived (they
 * change past figures); {@code corrections}: events that replaced an earlier fact. {@code replayed}: the batch was
 * sent before under the same idempotency key and nothing was counted again.
 */
public record EventBatch(String idempotencyKey, int accepted, int subjects, int late, int corrections,
        boolean replayed) {
}
