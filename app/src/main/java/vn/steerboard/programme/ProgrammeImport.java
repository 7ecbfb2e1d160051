package vn.steerboard.programme;

import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.steerboard.programme.ProgrammeRecords.ProgrammeRecord;
import vn.steerboard.programme.ProgrammeRecords.TaskRecord;
import vn.steerboard.programme.internal.ProgrammeImportStore;

/**
 * A whole programme brought in at once with its history (the demo, a move from another system): plans, tasks as
 * they stand, and the reports, decisions, deadline revisions and coordinators that led there, each with the day
 * and the person it happened on and by. Written in batches, in one transaction; not reachable from the web. Tasks
 * entered by people go through {@link Tasks} and {@link TaskSpreadsheets}.
 */
@Service
public class ProgrammeImport {

    private final ProgrammeImportStore store;
    private final ApplicationEventPublisher events;

    ProgrammeImport(ProgrammeImportStore store, ApplicationEventPublisher events) {
        this.store = store;
        this.events = events;
    }

    public boolean exists(String programmeCode) {
        return store.programmeExists(programmeCode);
    }

    /** Writes the programme, its plans and tasks with their history, in the order given. */
    @Transactional
    public void load(ProgrammeRecord programme, List<TaskRecord> tasks) {
        store.insertProgramme(programme);
        store.insertTasks(tasks);
        store.insertHistory(tasks, store.taskIds());
        events.publishEvent(new TasksImported(programme.code(), tasks.size()));
    }
}
