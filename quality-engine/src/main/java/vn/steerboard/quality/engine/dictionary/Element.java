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

    /** As {@link #problem(String, Object)}, with a second related value (the CCCD's gender column); may be null. */
    default Optional<Finding> problem(String value, Object related, Object gender) {
        return problem(value, related);
    }

    /**
     * The finding kinds of this element, in the order they are tested: a failing value is counted under the first
     * that applies, so the kinds' counts add up to the check's failures. The SQL of every dialect and the Java pass
     * test them in this same order.
     */
    default java.util.List<String> kinds() {
        return java.util.List.of(Kinds.BAD_FORMAT);
    }

    /** True when {@code related} is the record's date and an undated record is judged on the scan's as-of date. */
    default boolean dated() {
        return false;
    }

    /**
     * True when the element's values are personal data (a citizen's number, a tax code, a phone, an e-mail, a
     * name): they leave a scan only masked. Administrative codes are not personal and are shown in clear.
     */
    default boolean personal() {
        return false;
    }

    /**
     * Why a value fails: the kind of finding ("retired" is kept apart from plain "invalid"), a message code (see
     * {@code findings*.properties}, translated) and its parameters. Parameters never carry any part of a
     * personal value: a CCCD finding does not quote the birth year, a tax-code finding not a single digit.
     */
    record Finding(String kind, String code, java.util.List<String> params) {

        public static Optional<Finding> of(String kind, String code, String... params) {
            return Optional.of(new Finding(kind, code, java.util.List.of(params)));
        }

        /** The reason in English, for the local remediation list. */
        public String reason() {
            return vn.steerboard.quality.engine.Findings.text(code, params, java.util.Locale.ENGLISH);
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
