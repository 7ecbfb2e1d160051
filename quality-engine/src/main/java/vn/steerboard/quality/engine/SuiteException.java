package vn.steerboard.quality.engine;

import java.util.Arrays;
import java.util.List;

/**
 * A suite that cannot be used, with the line and field at fault. The message is English (the command line and API
 * clients read it); {@link #because} adds the same reason as a key and arguments, which the server says in the
 * user's language (bundle key {@code reason.suite.<key>}).
 */
public class SuiteException extends RuntimeException {

    private final int line;
    private final String field;
    private String key = "other";
    private List<Object> args = List.of();

    public SuiteException(int line, String field, String message) {
        super("line " + line + ", field '" + field + "': " + message);
        this.line = line;
        this.field = field;
    }

    /** The reason as a key (without prefix) and its arguments. */
    public SuiteException because(String key, Object... args) {
        this.key = key;
        this.args = Arrays.asList(args);
        return this;
    }

    public int line() {
        return line;
    }

    public String field() {
        return field;
    }

    public String key() {
        return key;
    }

    public List<Object> args() {
        return args;
    }
}
