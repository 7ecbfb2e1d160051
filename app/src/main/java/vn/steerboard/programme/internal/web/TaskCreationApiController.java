package vn.steerboard.programme.internal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.steerboard.programme.TaskDetail;
import vn.steerboard.programme.TaskDraft;
import vn.steerboard.programme.Tasks;

/** A new task through the API. */
@RestController
@Tag(name = "Tasks")
class TaskCreationApiController {

    private final Tasks tasks;

    TaskCreationApiController(Tasks tasks) {
        this.tasks = tasks;
    }

    @PostMapping("/api/tasks")
    @Operation(summary = "Create a task (ADMIN)")
    ResponseEntity<TaskDetail> create(@RequestBody TaskDraft draft) {
        TaskDetail created = tasks.create(draft);
        return ResponseEntity.status(201).header(HttpHeaders.LOCATION, "/api/tasks/" + created.id()).body(created);
    }
}
