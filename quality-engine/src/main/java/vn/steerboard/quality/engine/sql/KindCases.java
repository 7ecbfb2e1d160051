package vn.steerboard.quality.engine.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.steerboard.quality.engine.Check;
import vn.steerboard.quality.engine.CheckType;
import vn.steerboard.quality.engine.dictionary.Kinds;

/** For a check counted by finding kind (pattern, NFC, dictionary): the CASE that gives each row's kind. */
final class KindCases {

    private final PlanContext context;
    private final DictionaryRules dictionaryRules;

    KindCases(PlanContext context) {
        this.context = context;
        this.dictionaryRules = new DictionaryRules(context);
    }

    /**
     * The CASE that gives a row's finding kind for the check: NULL when the value is blank (completeness counts
     * it), 0 when it passes, else the 1-based position of the first kind that applies; null when the dialect
     * cannot express one of the rules (the check then runs in the Java pass). A commune rule adds its reference
     * list to {@code referenceJoins}.
     */
    String kindCase(Check check, List<String> kinds, Map<String, String> referenceJoins) {
        Dialect dialect = context.dialect();
        String raw = dialect.text(context.col(check));
        String v = check.trim() ? dialect.trimWhitespace(raw) : raw;
        List<KindRule> branches = new ArrayList<>();
        if (!check.trim() && check.type() != CheckType.NFC) {
            branches.add(new KindRule(Kinds.SURROUNDING_WHITESPACE, dialect.surroundingWhitespace(raw)));
        }
        List<KindRule> rules = switch (check.type()) {
            case NFC -> {
                String nfc = dialect.isNfc(raw);
                yield nfc == null ? null : List.of(new KindRule(Kinds.NOT_NFC, "NOT (" + nfc + ")"));
            }
            case PATTERN -> KindRule.badFormat(dialect, v, check.pattern());
            case DICTIONARY -> dictionaryRules.rules(check, context.element(check), v, referenceJoins);
            default -> null;
        };
        if (rules == null) {
            return null;
        }
        branches.addAll(rules);
        StringBuilder sql = new StringBuilder("CASE WHEN NOT (" + context.notBlank(context.col(check)) + ") THEN NULL");
        for (KindRule branch : branches) {
            sql.append(" WHEN ").append(branch.condition()).append(" THEN ").append(kinds.indexOf(branch.kind()) + 1);
        }
        return sql.append(" ELSE 0 END").toString();
    }
}
