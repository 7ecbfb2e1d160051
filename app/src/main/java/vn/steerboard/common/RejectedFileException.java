package vn.steerboard.common;

import java.util.List;

/** An upload refused as a whole because some rows are wrong; nothing of it was written. */
public class RejectedFileException extends RuntimeException {

    private final List<RowProblem> problems;

    public RejectedFileException(String message, List<RowProblem> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    public List<RowProblem> problems() {
        return problems;
    }
}
