package vn.steerboard.delivery;

/** What a one-stop-shop system reports about a dossier (hồ sơ) or a petition (phản ánh, kiến nghị: PAKN). */
public enum EventKind {
    DOSSIER_RECEIVED, STATUS_CHANGED, RESULT_ISSUED, PAYMENT, COMPONENTS_REUSED, SYNCED_TO_PORTAL, RATED,
    PETITION_RECEIVED, PETITION_HANDLED, PETITION_RATED, PETITION_RERAISED;

    public boolean petition() {
        return name().startsWith("PETITION_");
    }
}
