package vn.steerboard.programme;

import vn.steerboard.common.FiguresChanged;

/**
 * What every change of a task tells the rest of the application: which task and which lead agency (whose figures,
 * and its ancestors', change). Published inside the transaction of the change; the live pages and figure caches
 * listen to {@link FiguresChanged}.
 */
public interface TaskEvent extends FiguresChanged {

    String AREA = "tasks";

    @Override
    default String area() {
        return AREA;
    }

    long taskId();

    String taskCode();
}
