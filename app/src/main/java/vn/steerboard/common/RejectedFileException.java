package vn.steerboard.common;

import java.util.List;

/**
 * An upload or a batch refused as a whole because some rows are wrong; nothing of it was written. Its problem type
 * says what was refused (a file, answers, a batch of values…), and the bundles title each type in the reader's
 * language ({@code problem.title.<type>}), so a refused sign-up is not called a refused file.
 */
public class RejectedFileException extends RuntimeException {

    /** The problem type of a refused file. */
    public static final String FILE = "rejected-file";
    /** The problem type of refused input that is neither a file nor one of the kinds below. */
    public static final String INPUT = "rejected-input";

    private final List<RowProblem> problems;
    private final String type;
    private final String title;

    public RejectedFileException(String message, List<RowProblem> problems) {
        this(FILE, "File rejected, nothing imported", message, problems);
    }

    /** The same refusal for input that is not a file, e.g. a batch of values pushed through the API. */
    public RejectedFileException(String title, String message, List<RowProblem> problems) {
        this(INPUT, title, message, problems);
    }

    /**
     * @param type  what was refused, the last part of the problem's type ({@code rejected-answers}); the bundles
     *              hold its title as {@code problem.title.<type>}
     * @param title the English title, kept for English clients
     */
    public RejectedFileException(String type, String title, String message, List<RowProblem> problems) {
        super(message);
        this.type = type;
        this.title = title;
        this.problems = List.copyOf(problems);
    }

    /** The same refusal with its problems placed otherwise (e.g. by a file's line rather than the batch's row). */
    public RejectedFileException withProblems(List<RowProblem> placed) {
        return new RejectedFileException(type, title, getMessage(), placed);
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<RowProblem> problems() {
        return problems;
    }
}
