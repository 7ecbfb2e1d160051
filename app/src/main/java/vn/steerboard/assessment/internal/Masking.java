package vn.steerboard.assessment.internal;

/** How contact data leaves the module: masked. */
public final class Masking {

    private Masking() {}

    public static String email(String email) {
        int at = email == null ? -1 : email.indexOf('@');
        if (at < 1) {
            return "***";
        }
        return email.charAt(0) + "***" + email.substring(at);
    }
}
