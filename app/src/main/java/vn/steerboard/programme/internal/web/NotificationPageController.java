package vn.steerboard.programme.internal.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import vn.steerboard.programme.Notifications;

/** The caller's notifications page. */
@Controller
class NotificationPageController {

    private final Notifications notifications;

    NotificationPageController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/notifications")
    String notificationsPage(Model model) {
        model.addAttribute("notifications", notifications.mine(false, 200));
        return "programme/notifications";
    }

    @PostMapping("/notifications/{id}/read")
    String markRead(@PathVariable long id) {
        notifications.markRead(id);
        return "redirect:/notifications";
    }
}
