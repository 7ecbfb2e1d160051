package vn.steerboard.assessment;

/**
 * A verified enterprise, as its server-side session holds it after the e-mail link was used. It never travels in a URL
 * or a response: the web layer reads it from the session and hands it to the services, which check ownership.
 */
public record EnterpriseId(long value) implements java.io.Serializable {
}
