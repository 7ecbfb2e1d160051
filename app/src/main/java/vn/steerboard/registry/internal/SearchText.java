package vn.steerboard.registry.internal;

import vn.steerboard.registry.UnitNames;

/** What a text query is matched against: folded names (no diacritics, đ = d, one apostrophe) and the code. */
final class SearchText {

    private SearchText() {
    }

    static String of(String code, String nameVi, String nameEn) {
        return UnitNames.loose(nameVi) + " | " + UnitNames.loose(nameEn) + " | " + code.toLowerCase();
    }
}
