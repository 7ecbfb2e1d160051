package vn.steerboard.delivery;

/** Who applies under a procedure: citizens, businesses or both (Decision 766 row 4.5a counts citizens' procedures). */
public enum ApplicantKind {
    CITIZEN, BUSINESS, BOTH
}
