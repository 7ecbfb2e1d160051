package vn.steerboard.quality.engine.sql;

import java.util.List;
import vn.steerboard.quality.engine.dictionary.Kinds;

/** One branch of a kind CASE: the finding kind, and the SQL condition under which a value has it. */
record KindRule(String kind, String condition) {

    /** The value does not match the regular expression; null when the dialect has no regular expressions. */
    static List<KindRule> badFormat(Dialect dialect, String v, String regex) {
        String match = dialect.regexMatch(v, regex);
        return match == null ? null : List.of(new KindRule(Kinds.BAD_FORMAT, "NOT (" + match + ")"));
    }
}
