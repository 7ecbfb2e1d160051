package vn.steerboard.submission.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Which data sets a system records (the claims modules make as they start, the same on every node): the checks of
 * people's submissions refuse those data sets, and a source records only its own.
 */
@Component
public class SystemValueSources {

    private final Map<String, String> sourceOfDataSet = new ConcurrentHashMap<>();

    public void claim(String dataSet, String source) {
        String earlier = sourceOfDataSet.putIfAbsent(dataSet, source);
        if (earlier != null && !earlier.equals(source)) {
            throw new IllegalStateException("Data set " + dataSet + " is recorded by " + earlier + ", not " + source);
        }
    }

    public Optional<String> sourceOf(String dataSet) {
        return dataSet == null ? Optional.empty() : Optional.ofNullable(sourceOfDataSet.get(dataSet));
    }
}
