package vn.steerboard.common;

import java.util.List;

/** An upload refused as a whole because some rows are wrong; nothing of it was written. */
public class RejectedFileException extends RuntimeException {

    private final List<RowProblem> problems;
    private final String title;

    public RejectedFileException(String message, List<RowProblem> problems) {
        this("File rejected, nothing imported", message, problems);
    }

    /** The same refusal for input that is not a file, e.g. a batch of values pushed through the API. */
    public RejectedFileException(String title, String message, List<RowProblem> problems) {
        super(message);
        this.title = title;
        this.problems = List.copyOf(problems);
    }

    public String title() {
        return title;
    }

    public List<RowProblem> problems() {
        return problems;
    }
}
