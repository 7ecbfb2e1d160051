package vn.steerboard.assessment.internal;

/** Where the module's mail goes; here an outbox table (no mail server), a relay delivers it. */
public interface MailPort {

    void send(String recipient, String subject, String body);
}
