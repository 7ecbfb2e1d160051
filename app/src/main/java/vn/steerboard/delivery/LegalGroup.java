package vn.steerboard.delivery;

/** The five groups of Decision 766/QĐ-TTg as the legal text has them, with their maximum points (100 in all). */
public enum LegalGroup {
    TRANSPARENCY(18), PROGRESS(20), ONLINE_SERVICES(22), DIGITISATION(22), SATISFACTION(18);

    public final int max;

    LegalGroup(int max) {
        this.max = max;
    }
}
