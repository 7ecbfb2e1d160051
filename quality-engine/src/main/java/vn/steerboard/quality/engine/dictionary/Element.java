package vn.steerboard.quality.engine.dictionary;

import java.time.LocalDate;
import java.util.Optional;
import vn.steerboard.quality.engine.Criterion;

/**
 * An element of the shared data dictionary: what a valid value looks like, and where the rule comes from.
 * {@link #shape()} is a regular expression the database can test itself; {@link #problem} is the full rule,
 * run in Java for what SQL cannot say (check digits, consistency with another column).
 */
public interface Element {

    String name();

    String description();

    /** The legal or technical source of the rule. */
    String source();

    Criterion criterion();

    /** A regular expression every valid value matches, or null when only Java can tell. */
    String shape();

    /** True when the shape alone decides validity, so the check needs no Java pass. */
    boolean shapeIsEnough();

    /**
     * Why the value is not valid, or empty when it is. {@code related} is the value of the check's
     * related column (e.g. the birth date for a CCCD, the record date for an administrative code), may be null.
     */
    Optional<Finding> problem(String value, Object related);

    /** Why a value fails, and the kind of finding ("retired code" is kept apart from plain invalid values). */
    record Finding(String kind, String reason) {

        public static Optional<Finding> invalid(String reason) {
            return Optional.of(new Finding("invalid", reason));
        }
    }

    static LocalDate asDate(Object related) {
        if (related instanceof LocalDate date) {
            return date;
        }
        if (related instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        if (related instanceof java.sql.Timestamp timestamp) {
            return timestamp.toLocalDateTime().toLocalDate();
        }
        if (related instanceof java.time.LocalDateTime dateTime) {
            return dateTime.toLocalDate();
        }
        if (related instanceof java.time.OffsetDateTime dateTime) {
            return dateTime.toLocalDate();
        }
        if (related != null) {
            try {
                return LocalDate.parse(related.toString().substring(0, Math.min(10, related.toString().length())));
            } catch (RuntimeException e) {
                return null;
            }
        }
        return null;
    }
}
