package vn.steerboard.delivery;

/**
 * The six groups the national public service portal displays (dichvucong.gov.vn): the legal online-services group
 * shown as online services (12) and online payment (10). Each rolls up into one {@link LegalGroup}.
 */
public enum DisplayGroup {
    TRANSPARENCY(18, LegalGroup.TRANSPARENCY), PROGRESS(20, LegalGroup.PROGRESS), ONLINE(12, LegalGroup.ONLINE_SERVICES),
    PAYMENT(10, LegalGroup.ONLINE_SERVICES), DIGITISATION(22, LegalGroup.DIGITISATION),
    SATISFACTION(18, LegalGroup.SATISFACTION);

    public final int max;
    public final LegalGroup legal;

    DisplayGroup(int max, LegalGroup legal) {
        this.max = max;
        this.legal = legal;
    }
}
