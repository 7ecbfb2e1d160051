package vn.steerboard.indicator;

/** A formula that cannot be read or evaluated, with the 1-based character position at fault. */
public class FormulaException extends RuntimeException {

    private final int position;

    public FormulaException(int position, String message) {
        super("position " + position + ": " + message);
        this.position = position;
    }

    public int position() {
        return position;
    }
}
