package vn.steerboard.quality.engine.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.steerboard.quality.engine.Check;
import vn.steerboard.quality.engine.dictionary.AdministrativeCodes;
import vn.steerboard.quality.engine.dictionary.CitizenId;
import vn.steerboard.quality.engine.dictionary.Element;
import vn.steerboard.quality.engine.dictionary.Kinds;
import vn.steerboard.quality.engine.dictionary.TaxCode;

/**
 * The dictionary elements' rules in SQL, kind by kind, in the order {@link Kinds} lists them (the same rules as
 * the Java pass): CCCD, tax code, person name, province code, commune code and commune in province.
 */
final class DictionaryRules {

    private final PlanContext context;
    private final Dialect dialect;
    private final CommuneReference communeReference;

    DictionaryRules(PlanContext context) {
        this.context = context;
        this.dialect = context.dialect();
        this.communeReference = new CommuneReference(context);
    }

    /** The element's rules over the text {@code v}; null when the dialect cannot express one of them. */
    List<KindRule> rules(Check check, Element element, String v, Map<String, String> referenceJoins) {
        if (element.shapeIsEnough() && element.shape() != null) {
            return KindRule.badFormat(dialect, v, element.shape());
        }
        if (!dialect.structuralRules()) {
            return null;
        }
        String related = check.relatedColumn() == null ? null : dialect.quote(check.relatedColumn());
        String asOf = dialect.date(context.today().toString());
        String recordDate = related == null ? asOf : "COALESCE(" + context.typed(related, "DATE") + ", " + asOf + ")";
        String before = recordDate + " < " + dialect.date(AdministrativeCodes.TWO_TIER_START.toString());
        return switch (element.name()) {
            case "cccd" -> citizenId(check, v, related);
            case "mst" -> taxCode(v);
            case "person_name" -> personName(v);
            case "province_code" -> provinceCode(v, before);
            case "commune_code", "commune_in_province" -> dialect == Dialect.H2
                    ? communesInLists(element, v, related, before)
                    : communesJoined(check, element, v, related, before, referenceJoins);
            default -> null; // an element only Java knows
        };
    }

    private KindRule format(String v, String regex) {
        return new KindRule(Kinds.BAD_FORMAT, "NOT (" + dialect.regexMatch(v, regex) + ")");
    }

    private List<KindRule> citizenId(Check check, String v, String related) {
        List<KindRule> rules = new ArrayList<>();
        rules.add(format(v, "^[0-9]{12}$"));
        rules.add(new KindRule(Kinds.UNKNOWN_PROVINCE_PREFIX, context.oneOf("SUBSTR(" + v + ", 1, 3)",
                new ArrayList<>(CitizenId.PROVINCES), true)));
        String d = PlanContext.digit(v, 4);
        if (related != null) {
            String birth = context.typed(related, "DATE");
            String year = dialect.year(birth);
            rules.add(new KindRule(Kinds.CENTURY_MISMATCH, birth + " IS NOT NULL AND (" + year + " < 1900 OR 50 * ("
                    + d + " - MOD(" + d + ", 2)) <> (" + year + " - 1900) - MOD(" + year + " - 1900, 100))"));
            rules.add(new KindRule(Kinds.YEAR_MISMATCH, birth + " IS NOT NULL AND " + PlanContext.digit(v, 5) + " * 10 + "
                    + PlanContext.digit(v, 6) + " <> MOD(" + year + ", 100)"));
        }
        if (check.genderColumn() != null) {
            String g = "UPPER(" + dialect.text(dialect.quote(check.genderColumn())) + ")";
            rules.add(new KindRule(Kinds.GENDER_MISMATCH, "(MOD(" + d + ", 2) = 0 AND "
                    + context.oneOf(g, CitizenId.FEMALE, false) + " OR MOD(" + d + ", 2) = 1 AND "
                    + context.oneOf(g, CitizenId.MALE, false) + ")"));
        }
        return rules;
    }

    private List<KindRule> taxCode(String v) {
        List<KindRule> rules = new ArrayList<>();
        rules.add(format(v, "^[0-9]{10}(-?[0-9]{3})?$"));
        List<String> terms = new ArrayList<>();
        for (int k = 0; k < 9; k++) {
            terms.add(TaxCode.CHECK_WEIGHTS[k] + " * " + PlanContext.digit(v, k + 1));
        }
        String remainder = "MOD(" + String.join(" + ", terms) + ", 11)";
        // 10 − (weighted sum mod 11); a remainder of 0 (check digit 10) is never issued
        rules.add(new KindRule(Kinds.BAD_CHECK_DIGIT, remainder + " = 0 OR " + PlanContext.digit(v, 10) + " <> 10 - "
                + remainder));
        rules.add(new KindRule(Kinds.BAD_FORMAT, "LENGTH(" + v + ") > 10 AND RIGHT(" + v + ", 3) = '000'"));
        return rules;
    }

    private List<KindRule> personName(String v) {
        String nfc = dialect.isNfc(v);
        String letters = dialect.lettersRegex(context.unicodeCtype());
        if (nfc == null || letters == null) {
            return null;
        }
        return List.of(new KindRule(Kinds.NOT_NFC, "NOT (" + nfc + ")"),
                new KindRule(Kinds.DIGITS_IN_NAME, dialect.regexFind(v, "[0-9]")),
                format(v, letters));
    }

    private List<KindRule> provinceCode(String v, String before) {
        AdministrativeCodes codes = context.dictionary().codes();
        String retired = context.oneOf(v, new ArrayList<>(codes.retiredProvinces().keySet()), false);
        return List.of(format(v, "^[0-9]{2}$"),
                new KindRule(Kinds.RETIRED, retired + " AND NOT (" + before + ")"),
                new KindRule(Kinds.UNKNOWN_CODE, "NOT (" + retired + ") AND "
                        + context.oneOf(v, new ArrayList<>(codes.provincesInForce()), true)));
    }

    /** H2 joins a VALUES list row by row (no index): constant IN lists, which it hashes, instead. */
    private List<KindRule> communesInLists(Element element, String v, String related, String before) {
        AdministrativeCodes codes = context.dictionary().codes();
        String inForce = v + " IN " + PlanContext.in(new ArrayList<>(codes.communeProvinces().keySet()));
        String legacy = v + " IN " + PlanContext.in(new ArrayList<>(codes.legacyCommunes()));
        List<KindRule> rules = new ArrayList<>();
        if (element.name().equals("commune_code")) {
            rules.add(format(v, "^[0-9]{5}$"));
            rules.add(new KindRule(Kinds.RETIRED, "NOT (" + inForce + ") AND " + legacy + " AND NOT (" + before + ")"));
            rules.add(new KindRule(Kinds.UNKNOWN_CODE, "NOT (" + inForce + ") AND NOT (" + legacy + ")"));
            return rules;
        }
        rules.add(new KindRule(Kinds.UNKNOWN_CODE, "NOT (" + inForce + ")"));
        if (related != null) {
            String rowProvince = "TRIM(" + dialect.text(related) + ")";
            List<String> pairs = new ArrayList<>();
            codes.communeProvinces().forEach((code, province) -> pairs.add(code + "|" + province));
            rules.add(new KindRule(Kinds.COMMUNE_NOT_IN_PROVINCE, rowProvince + " <> '' AND " + v
                    + " || '|' || " + rowProvince + " NOT IN " + PlanContext.in(pairs)));
        }
        return rules;
    }

    /** Elsewhere the commune reference list is joined once per checked column. */
    private List<KindRule> communesJoined(Check check, Element element, String v, String related, String before,
            Map<String, String> referenceJoins) {
        String ref = communeReference.join(check, v, referenceJoins);
        List<KindRule> rules = new ArrayList<>();
        if (element.name().equals("commune_code")) {
            rules.add(format(v, "^[0-9]{5}$"));
            rules.add(new KindRule(Kinds.RETIRED, ref + ".province IS NULL AND " + ref + ".legacy = 1 AND NOT ("
                    + before + ")"));
            rules.add(new KindRule(Kinds.UNKNOWN_CODE, ref + ".code IS NULL"));
            return rules;
        }
        rules.add(new KindRule(Kinds.UNKNOWN_CODE, ref + ".province IS NULL"));
        if (related != null) {
            String rowProvince = "TRIM(" + dialect.text(related) + ")";
            rules.add(new KindRule(Kinds.COMMUNE_NOT_IN_PROVINCE, rowProvince + " <> '' AND " + rowProvince
                    + " <> " + ref + ".province"));
        }
        return rules;
    }
}
