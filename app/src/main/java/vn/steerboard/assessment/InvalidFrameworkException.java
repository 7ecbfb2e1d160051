package vn.steerboard.assessment;

import java.util.List;

/** A framework definition was refused; {@link #problems()} names line and field of each error. */
public class InvalidFrameworkException extends RuntimeException {

    private final transient List<FrameworkProblem> problems;

    public InvalidFrameworkException(List<FrameworkProblem> problems) {
        super("assessment.framework.invalid: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<FrameworkProblem> problems() {
        return problems;
    }
}
