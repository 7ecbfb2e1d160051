package vn.steerboard.programme.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.steerboard.common.VietnamTime;
import vn.steerboard.identity.UnitStaff;

/**
 * Every morning (and once at start-up) raises an alert for each task that has become overdue or is due
 * within 7 days: a notification to the lead agency's officers and leaders, and an e-mail when SMTP is
 * configured. An alert is keyed by task, kind and deadline in {@code task_alert}, so a restart, or a second
 * node, cannot raise it twice; a revised deadline is a new alert. Notices are written in Vietnamese.
 */
@Component
class TaskAlerts {

    static final int DUE_SOON_DAYS = 7;
    private static final Logger log = LoggerFactory.getLogger(TaskAlerts.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final TaskAlertStore alerts;
    private final NotificationStore notifications;
    private final UnitStaff staff;
    private final ObjectProvider<JavaMailSender> mail;
    private final TransactionTemplate transaction;
    private final MessageSource messages;
    private final VietnamTime time;

    TaskAlerts(TaskAlertStore alerts, NotificationStore notifications, UnitStaff staff,
            ObjectProvider<JavaMailSender> mail, TransactionTemplate transaction, MessageSource messages,
            VietnamTime time) {
        this.alerts = alerts;
        this.notifications = notifications;
        this.staff = staff;
        this.mail = mail;
        this.transaction = transaction;
        this.messages = messages;
        this.time = time;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        evaluate(time.today());
    }

    @Scheduled(cron = "0 0 7 * * *", zone = "Asia/Ho_Chi_Minh")
    @net.javacrumbs.shedlock.spring.annotation.SchedulerLock(name = "programme.task-alerts", lockAtMostFor = "PT2H", lockAtLeastFor = "PT10M")
    void everyMorning() {
        evaluate(time.today());
    }

    /** Raises the alerts due on the day; returns how many new alerts were raised. */
    int evaluate(LocalDate today) {
        int raised = 0;
        for (TaskAlertStore.Due task : alerts.due(today, DUE_SOON_DAYS)) {
            if (Boolean.TRUE.equals(transaction.execute(status -> raise(task)))) {
                raised++;
            }
        }
        if (raised > 0) {
            log.info("Raised {} task alert(s) for {}", raised, today);
        }
        return raised;
    }

    private boolean raise(TaskAlertStore.Due task) {
        OffsetDateTime now = time.now();
        if (!alerts.raise(task, now)) {
            return false;
        }
        String message = text("alert." + task.kind(), task.code(), DAY.format(task.deadline()), task.title());
        for (UnitStaff.Member member : staff.officersAndLeaders(task.leadUnit())) {
            notifications.add(member.username(), task.id(), task.kind().name(), message, now);
            send(member, message);
        }
        return true;
    }

    private void send(UnitStaff.Member member, String message) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null || member.email() == null) {
            return;
        }
        try {
            SimpleMailMessage email = new SimpleMailMessage();
            email.setTo(member.email());
            email.setSubject(text("alert.mail.subject", message.substring(0, Math.min(message.length(), 120))));
            email.setText(text("alert.mail.body", member.displayName(), message));
            sender.send(email);
        } catch (MailException e) {
            // The in-app notification stands; a mail outage must not undo the alert.
            log.warn("Could not e-mail {}: {}", member.username(), e.getMessage());
        }
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, VIETNAMESE);
    }
}
