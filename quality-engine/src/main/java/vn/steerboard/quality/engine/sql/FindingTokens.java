package vn.steerboard.quality.engine.sql;

import java.util.List;
import java.util.Optional;
import vn.steerboard.quality.engine.Check;
import vn.steerboard.quality.engine.CheckType;
import vn.steerboard.quality.engine.Findings;
import vn.steerboard.quality.engine.dictionary.AdministrativeCodes;
import vn.steerboard.quality.engine.dictionary.Element;
import vn.steerboard.quality.engine.dictionary.Kinds;

/** The finding token of a value the aggregate statement counted under a kind. */
final class FindingTokens {

    private final PlanContext context;

    FindingTokens(PlanContext context) {
        this.context = context;
    }

    /**
     * The element's own finding when it tells the same kind from the value alone (check digits, retired codes
     * with successors), else the kind's message.
     */
    String token(Check check, String kind, String value) {
        if (Kinds.SURROUNDING_WHITESPACE.equals(kind)) {
            return Findings.token("whitespace", List.of());
        }
        if (check.type() == CheckType.NFC) {
            return Findings.token("nfc", List.of());
        }
        if (check.type() == CheckType.PATTERN) {
            return Findings.token("pattern.regex", List.of());
        }
        Element element = context.element(check);
        String tested = check.trim() ? Kinds.trim(value) : value;
        Optional<Element.Finding> finding = element.problem(tested, null, null);
        if (finding.isPresent() && finding.get().kind().equals(kind)) {
            return Findings.token(finding.get().code(), finding.get().params());
        }
        return kindToken(element, kind, tested);
    }

    private String kindToken(Element element, String kind, String tested) {
        return switch (kind) {
            case Kinds.CENTURY_MISMATCH -> Findings.token("cccd.century", List.of());
            case Kinds.YEAR_MISMATCH -> Findings.token("cccd.year", List.of());
            case Kinds.GENDER_MISMATCH -> Findings.token("cccd.gender", List.of());
            case Kinds.COMMUNE_NOT_IN_PROVINCE -> Findings.token("commune.other_province",
                    List.of(tested, String.valueOf(codes().communeProvinces().get(tested))));
            case Kinds.RETIRED -> retired(element, tested);
            default -> Findings.token(kind, List.of());
        };
    }

    /** A retired province or commune code, with its successors. */
    private String retired(Element element, String tested) {
        boolean province = element.name().startsWith("province");
        List<String> successors = (province ? codes().retiredProvinces() : codes().retiredCommunes())
                .getOrDefault(tested, List.of());
        return Findings.token(province ? "province.retired" : "commune.retired",
                List.of(tested, String.join(", ", successors)));
    }

    private AdministrativeCodes codes() {
        return context.dictionary().codes();
    }
}
