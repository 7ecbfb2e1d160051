package vn.steerboard.delivery;

/** The level whose agencies decide a procedure (thẩm quyền giải quyết). */
public enum Competence {
    CENTRAL, PROVINCE, COMMUNE
}
