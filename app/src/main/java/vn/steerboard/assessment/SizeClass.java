package vn.steerboard.assessment;

/** Enterprise size class (Decree 80/2021/NĐ-CP: employees, revenue or capital, by sector). */
public enum SizeClass {
    MICRO, SMALL, MEDIUM, LARGE
}
