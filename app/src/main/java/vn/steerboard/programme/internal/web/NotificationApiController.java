package vn.steerboard.programme.internal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.steerboard.programme.Notification;
import vn.steerboard.programme.Notifications;

/** The caller's own notifications. */
@RestController
@RequestMapping("/api/notifications")
@Tag(name = "Tasks")
class NotificationApiController {

    private final Notifications notifications;

    NotificationApiController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    @Operation(summary = "My notifications, newest first")
    List<Notification> myNotifications(@RequestParam(defaultValue = "false") boolean unread) {
        return notifications.mine(unread, 100);
    }

    @PostMapping("/{id}/read")
    @Operation(summary = "Mark one of my notifications read")
    ResponseEntity<Void> read(@PathVariable long id) {
        notifications.markRead(id);
        return ResponseEntity.noContent().build();
    }
}
