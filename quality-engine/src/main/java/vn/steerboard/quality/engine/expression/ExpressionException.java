package vn.steerboard.quality.engine.expression;

/** An expression outside the accepted language, with the 1-based character position of the problem. */
public class ExpressionException extends RuntimeException {

    private final int position;

    public ExpressionException(int position, String message) {
        super("position " + position + ": " + message);
        this.position = position;
    }

    public int position() {
        return position;
    }
}
