package vn.steerboard.submission;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import vn.steerboard.common.InvalidParameterException;
import vn.steerboard.submission.internal.SystemValueSources;
import vn.steerboard.submission.internal.SystemValueWriter;

/**
 * Values a module records itself (system-sourced), never typed by people: the delivery index's shares, for example.
 * A module first claims the data sets it is the source of ({@link #claim}); from then on only that source records
 * them, as an approved submission on its own channel ({@code SYSTEM:<source>}) per data set, unit and period, with
 * the roll-up deltas in the same transaction, a {@link SystemValuesRecorded} per unit and one audit record per call.
 *
 * <p>Recording the same key again supersedes the earlier values (a late correction): they leave the roll-ups and the
 * new ones come in, so the totals move by the difference; a key whose values did not change is left alone. People
 * cannot submit on a system channel, and a person's submission for a claimed data set is refused with the reason
 * (the values come from the system, {@code reason.dataSet.systemSourced}).
 */
@Service
public class SystemValues {

    /** The channel prefix of system-sourced submissions. */
    public static final String CHANNEL_PREFIX = "SYSTEM:";

    private static final Pattern SOURCE = Pattern.compile("[a-z][a-z0-9-]{1,30}");

    private final SystemValueSources sources;
    private final SystemValueWriter writer;

    SystemValues(SystemValueSources sources, SystemValueWriter writer) {
        this.sources = sources;
        this.writer = writer;
    }

    /** The values of one data set for one unit and period: element code to value; elements left out are cleared. */
    public record Entry(String dataSet, String unit, String period, Map<String, Double> values) {
    }

    /** What a call did: keys written for the first time, keys superseded, keys left alone as unchanged. */
    public record Recorded(int created, int superseded, int unchanged, List<Long> submissionIds) {
    }

    /**
     * The source (a module's name, such as {@code delivery}) declares itself the only source of the data set. A data
     * set has one source; claiming it again for the same source changes nothing.
     */
    public void claim(String dataSet, String source) {
        sources.claim(dataSet, checkedSource(source));
    }

    /** The source that records the data set's values, if a system does. */
    public Optional<String> sourceOf(String dataSet) {
        return sources.sourceOf(dataSet);
    }

    /** The channel a source's values are stored on. */
    public static String channelOf(String source) {
        return CHANNEL_PREFIX + source;
    }

    /**
     * Records (or supersedes) the entries of data sets the source has claimed, all or nothing: a bad entry (unknown
     * data set, unit, period or element, a data set not claimed by this source, a value its type refuses, a key twice)
     * is refused with its row and nothing is written. Runs in the caller's transaction when there is one.
     */
    public Recorded record(String source, List<Entry> entries) {
        return writer.record(checkedSource(source), entries == null ? List.of() : entries);
    }

    private static String checkedSource(String source) {
        if (source == null || !SOURCE.matcher(source).matches()) {
            throw new InvalidParameterException("source", source, "a module's name: lower-case letters, digits and -");
        }
        return source;
    }
}
