package vn.steerboard.common;

import java.time.LocalDate;
import java.time.ZoneId;

/** Days are Vietnamese days: "today", deadlines and "as of" dates are taken in Asia/Ho_Chi_Minh, whatever the server's zone. */
public final class VietnamTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private VietnamTime() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /** The day asked for, or today when none is given. */
    public static LocalDate dayOrToday(LocalDate asOf) {
        return asOf == null ? today() : asOf;
    }
}
