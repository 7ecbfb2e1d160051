package vn.steerboard.committee.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Figures computed once until the next change of figures: bounded (emptied when it outgrows {@code limit} keys) and
 * cleared whole by its owner on {@code FiguresChanged}.
 */
final class FigureCache {

    private final Map<String, Object> values = new ConcurrentHashMap<>();
    private final int limit;

    FigureCache(int limit) {
        this.limit = limit;
    }

    @SuppressWarnings("unchecked")
    <T> T get(String key, Supplier<T> compute) {
        if (values.size() > limit) {
            values.clear();
        }
        // not computeIfAbsent: one figure is built from others, and the map forbids nested updates
        Object value = values.get(key);
        if (value == null) {
            value = compute.get();
            Object raced = values.putIfAbsent(key, value);
            value = raced == null ? value : raced;
        }
        return (T) value;
    }

    void clear() {
        values.clear();
    }
}
