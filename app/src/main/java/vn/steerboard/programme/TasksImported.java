package vn.steerboard.programme;

import vn.steerboard.common.FiguresChanged;

/** An ADMIN imported a workbook of tasks (all its rows, or none); figures change programme-wide. */
public record TasksImported(String fileName, int count) implements FiguresChanged {

    @Override
    public String area() {
        return TaskEvent.AREA;
    }

    @Override
    public String unitCode() {
        return null;
    }
}
