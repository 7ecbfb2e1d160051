package vn.steerboard.quality.engine;

/** A suite that cannot be used, with the line and field at fault. */
public class SuiteException extends RuntimeException {

    private final int line;
    private final String field;

    public SuiteException(int line, String field, String message) {
        super("line " + line + ", field '" + field + "': " + message);
        this.line = line;
        this.field = field;
    }

    public int line() {
        return line;
    }

    public String field() {
        return field;
    }
}
