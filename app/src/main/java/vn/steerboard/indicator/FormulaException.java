package vn.steerboard.indicator;

/** A formula that cannot be read or evaluated, with the 1-based character position at fault. */
public class FormulaException extends RuntimeException {

    private final int position;
    private vn.steerboard.common.UserMessage userMessage;

    public FormulaException(int position, String message) {
        super("position " + position + ": " + message);
        this.position = position;
    }

    /** The same reason as a bundle key ({@code reason.formula.*}) with its arguments; the position is added. */
    public FormulaException because(String key, Object... args) {
        this.userMessage = vn.steerboard.common.UserMessage.of(key, args);
        return this;
    }

    /** "vị trí 3: …" in the user's language, for the formula field's refusal. */
    public vn.steerboard.common.UserMessage userMessage() {
        return vn.steerboard.common.UserMessage.of("reason.formula.at", position,
                userMessage == null ? vn.steerboard.common.UserMessage.of("reason.formula.invalid") : userMessage);
    }

    public int position() {
        return position;
    }
}
