package vn.steerboard.audit;

/** The outcome of checking the audit chain: intact, or the first broken record and why. */
public record ChainVerification(boolean intact, long recordsChecked, Long firstBrokenSeq, String reason) {

    public static ChainVerification intact(long checked) {
        return new ChainVerification(true, checked, null, null);
    }

    public static ChainVerification broken(long checked, long seq, String reason) {
        return new ChainVerification(false, checked, seq, reason);
    }
}
