package vn.steerboard.registry.internal;

import vn.steerboard.common.VietnameseText;

/** What a text query is matched against: folded names and the code. */
final class SearchText {

    private SearchText() {
    }

    static String of(String code, String nameVi, String nameEn) {
        return VietnameseText.fold(nameVi) + " | " + VietnameseText.fold(nameEn) + " | " + code.toLowerCase();
    }
}
