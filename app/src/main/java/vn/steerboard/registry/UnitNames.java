package vn.steerboard.registry;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.UnicodeSet;
import com.ibm.icu.util.ULocale;
import java.util.regex.Pattern;
import vn.steerboard.common.VietnameseText;

/**
 * How unit names are compared wherever a user names a unit (imports, search, APIs that take a
 * name). Two Vietnamese spellings of the same name differ only in where the tone mark sits
 * (Hoà / Hòa, Thuỷ / Thủy, Qúy / Quý), in the apostrophe (M’Drắk / M'Drắk), in case, spacing
 * and Unicode normal form; {@link #key} folds all of these and keeps every other diacritic, so
 * Sơn Hà and Sơn Hạ stay apart. {@link #loose} also drops the diacritics (đ = d) for text typed
 * without them.
 */
public final class UnitNames {

    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
    /** The five Vietnamese tone marks: huyền, sắc, ngã, hỏi, nặng. */
    private static final UnicodeSet TONE_MARKS = new UnicodeSet("[\\u0300\\u0301\\u0303\\u0309\\u0323]").freeze();
    private static final Pattern APOSTROPHES = Pattern.compile("[\\u2018\\u2019\\u02BC\\u02B9\\u0060\\u00B4\\u2032]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final ULocale VIETNAMESE = new ULocale("vi");

    private UnitNames() {
    }

    /** The official written form: NFC, single spaces, the ASCII apostrophe of 1027/CTK-CSCL. */
    public static String official(String name) {
        if (name == null) {
            return null;
        }
        return VietnameseText.clean(APOSTROPHES.matcher(NFC.normalize(name)).replaceAll("'"));
    }

    /** The comparison key that folds spelling conventions but keeps the letters and their marks. */
    public static String key(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String text = UCharacter.toLowerCase(VIETNAMESE, official(name));
        StringBuilder key = new StringBuilder(text.length() + 4);
        for (String syllable : SPACES.split(text)) {
            if (key.length() > 0) {
                key.append(' ');
            }
            String decomposed = NFD.normalize(syllable);
            StringBuilder base = new StringBuilder(decomposed.length());
            StringBuilder tones = new StringBuilder(1);
            decomposed.codePoints().forEach(c -> (TONE_MARKS.contains(c) ? tones : base).appendCodePoint(c));
            // Wherever the writer put the tone mark, it now follows the syllable.
            key.append(NFC.normalize(base)).append(tones);
        }
        return key.toString();
    }

    /** The search form: no diacritics at all, đ = d, lower case, ASCII apostrophe. */
    public static String loose(String name) {
        return name == null ? "" : VietnameseText.fold(official(name));
    }
}
