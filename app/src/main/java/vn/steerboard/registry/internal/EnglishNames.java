package vn.steerboard.registry.internal;

import vn.steerboard.common.VietnameseText;
import vn.steerboard.registry.OrgUnitKind;

/** English names in the style of official translations: "Ba Dinh Ward", "Ha Noi City". */
final class EnglishNames {

    private EnglishNames() {
    }

    static String of(String shortName, OrgUnitKind kind) {
        String plain = VietnameseText.stripDiacritics(shortName);
        return switch (kind) {
            case CITY -> plain + " City";
            case PROVINCE -> plain + " Province";
            case WARD -> plain + " Ward";
            case COMMUNE -> plain + " Commune";
            case SPECIAL_ZONE -> plain + " Special Zone";
            default -> plain;
        };
    }
}
