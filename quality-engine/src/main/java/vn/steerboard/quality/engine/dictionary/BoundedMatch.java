package vn.steerboard.quality.engine.dictionary;

import java.util.regex.Pattern;

/**
 * A full match of a suite's regular expression, with a bound on the work it may do on one value. Java's regular
 * expressions backtrack: a pattern with nested repetition such as {@code ^((a+)+)+$} or {@code ^(.*a){12}$} takes
 * tens of seconds on thirty characters (more with each one), and a suite is text from outside. The bound counts
 * the characters the matcher reads (each backtracking step reads again) and is far above what an honest pattern
 * needs on a registry's values (a 12-digit code reads 12).
 */
public final class BoundedMatch {

    /** Characters read per value before the pattern is judged too costly. */
    public static final long STEPS = 1_000_000;

    private BoundedMatch() {
    }

    /** The pattern needed more than {@link #STEPS} steps on one value. */
    public static final class TooCostly extends RuntimeException {
        TooCostly() {
            super("more than " + STEPS + " steps on one value", null, false, false);
        }
    }

    public static boolean matches(Pattern pattern, String value) {
        return pattern.matcher(new Counted(value, new long[] {STEPS})).matches();
    }

    /** The value as the matcher reads it; a sub-sequence shares its budget. */
    private record Counted(CharSequence text, long[] left) implements CharSequence {

        @Override
        public char charAt(int index) {
            if (--left[0] < 0) {
                throw new TooCostly();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Counted(text.subSequence(start, end), left);
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
