package vn.steerboard.programme;

/** Who is ranked against whom. */
public enum League {
    /** Ministries and ministerial-level agencies. */
    MINISTRIES,
    /** The 34 provinces, each with its communes' tasks counted in. */
    PROVINCES,
    /** The communes of one province. */
    COMMUNES
}
