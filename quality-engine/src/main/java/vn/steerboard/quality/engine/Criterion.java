package vn.steerboard.quality.engine;

/** The programme's six criteria for a database: đúng – đủ – sạch – sống – thống nhất – dùng chung. */
public enum Criterion {
    /** đúng: values are valid and accurate. */
    CORRECT,
    /** đủ: values are present and the schema is complete. */
    SUFFICIENT,
    /** sạch: no duplicates, consistent, normalised. */
    CLEAN,
    /** sống: kept up to date. */
    LIVE,
    /** thống nhất: conforms to the shared dictionary and current code lists. */
    UNIFIED,
    /** dùng chung: declared for sharing, columns documented, exchange endpoint connected. */
    SHARED
}
