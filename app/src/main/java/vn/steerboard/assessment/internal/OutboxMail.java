package vn.steerboard.assessment.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.steerboard.common.VietnamTime;

/** The mail port as an outbox: the message is stored with the change that caused it; the log names only the masked recipient. */
@Component
class OutboxMail implements MailPort {

    private static final Logger log = LoggerFactory.getLogger(OutboxMail.class);

    private final JdbcClient jdbc;
    private final VietnamTime time;

    OutboxMail(JdbcClient jdbc, VietnamTime time) {
        this.jdbc = jdbc;
        this.time = time;
    }

    @Override
    public void send(String recipient, String subject, String body) {
        jdbc.sql("INSERT INTO assessment_mail_outbox (recipient, subject, body, created_at) VALUES (:to, :subject, :body, :at)")
                .param("to", recipient).param("subject", subject).param("body", body).param("at", time.now()).update();
        log.info("mail queued in the outbox for {}", Masking.email(recipient));
    }
}
