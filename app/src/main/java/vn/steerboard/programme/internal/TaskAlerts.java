package vn.steerboard.programme.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.steerboard.identity.UnitStaff;
import vn.steerboard.programme.TaskRules;

/**
 * Every morning (and once at start-up) raises an alert for each task that has become overdue or is due
 * within 7 days: a notification to the lead agency's officers and leaders, and an e-mail when SMTP is
 * configured. An alert is keyed by task, kind and deadline in {@code task_alert}, so a restart, or a second
 * node, cannot raise it twice; a revised deadline is a new alert.
 */
@Component
class TaskAlerts {

    static final int DUE_SOON_DAYS = 7;
    private static final Logger log = LoggerFactory.getLogger(TaskAlerts.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final JdbcClient jdbc;
    private final TaskStatusSql sql;
    private final UnitStaff staff;
    private final ObjectProvider<JavaMailSender> mail;
    private final TransactionTemplate transaction;

    private final vn.steerboard.common.VietnamTime time;

    TaskAlerts(JdbcClient jdbc, TaskStatusSql sql, UnitStaff staff, ObjectProvider<JavaMailSender> mail,
            TransactionTemplate transaction, vn.steerboard.common.VietnamTime time) {
        this.time = time;
        this.jdbc = jdbc;
        this.sql = sql;
        this.staff = staff;
        this.mail = mail;
        this.transaction = transaction;
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

    record Due(long id, String code, String title, String leadUnit, LocalDate deadline, String status) {
    }

    /** Raises the alerts due on the day; returns how many new alerts were raised. */
    int evaluate(LocalDate today) {
        List<Due> candidates = jdbc.sql("SELECT x.id, x.code, x.title, x.lead_unit, x.deadline_then, x.status FROM ("
                        + sql.tasksAsOf(null) + ") x WHERE x.status = 'OVERDUE' OR (x.status IN ('IN_PROGRESS',"
                        + " 'NOT_STARTED') AND x.deadline_then >= :asOf AND x.deadline_then <= :soon)")
                .param("asOf", today).param("soon", today.plusDays(DUE_SOON_DAYS))
                .query((rs, n) -> new Due(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), rs.getString(6))).list();
        int raised = 0;
        for (Due task : candidates) {
            String kind = "OVERDUE".equals(task.status()) ? "OVERDUE" : "DUE_SOON";
            Boolean isNew = transaction.execute(status -> raise(task, kind));
            if (Boolean.TRUE.equals(isNew)) {
                raised++;
            }
        }
        if (raised > 0) {
            log.info("Raised {} task alert(s) for {}", raised, today);
        }
        return raised;
    }

    private boolean raise(Due task, String kind) {
        OffsetDateTime now = time.now();
        int inserted = jdbc.sql("INSERT INTO task_alert (task_id, kind, deadline, raised_at) SELECT ?, ?, ?, ?"
                        + " WHERE NOT EXISTS (SELECT 1 FROM task_alert WHERE task_id = ? AND kind = ? AND deadline = ?)")
                .params(task.id(), kind, task.deadline(), now, task.id(), kind, task.deadline()).update();
        if (inserted == 0) {
            return false;
        }
        String message = ("OVERDUE".equals(kind) ? "Nhiệm vụ %s đã quá hạn (thời hạn %s): %s"
                : "Nhiệm vụ %s sắp đến hạn (thời hạn %s): %s").formatted(task.code(), DAY.format(task.deadline()),
                task.title());
        for (UnitStaff.Member member : staff.officersAndLeaders(task.leadUnit())) {
            jdbc.sql("INSERT INTO notification (recipient, task_id, kind, message, created_at) VALUES (?, ?, ?, ?, ?)")
                    .params(member.username(), task.id(), kind, message, now).update();
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
            email.setSubject("[Steerboard] " + message.substring(0, Math.min(message.length(), 120)));
            email.setText(member.displayName() + ",\n\n" + message + "\n\n— Steerboard");
            sender.send(email);
        } catch (MailException e) {
            // The in-app notification stands; a mail outage must not undo the alert.
            log.warn("Could not e-mail {}: {}", member.username(), e.getMessage());
        }
    }
}
