package vn.steerboard.common;

import com.ibm.icu.text.Collator;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.util.ULocale;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese text rules used everywhere: text is stored NFC, search ignores case and
 * diacritics (đ matches d), and lists are ordered by Vietnamese collation.
 */
public final class VietnameseText {

    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final ThreadLocal<Collator> COLLATOR = ThreadLocal.withInitial(() -> {
        Collator collator = Collator.getInstance(new ULocale("vi"));
        collator.setStrength(Collator.TERTIARY);
        return collator;
    });

    private VietnameseText() {
    }

    /** NFC with collapsed white space; null stays null. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        return SPACES.matcher(NFC.normalize(text)).replaceAll(" ").strip();
    }

    /** The search form of a text: lower case, no diacritics, đ → d, single spaces. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        return SPACES.matcher(stripDiacritics(text).toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** The text without tone and vowel marks, keeping capitals: "Đà Nẵng" → "Da Nang". */
    public static String stripDiacritics(String text) {
        String decomposed = NFD.normalize(text.replace('đ', 'd').replace('Đ', 'D'));
        return NFC.normalize(COMBINING_MARKS.matcher(decomposed).replaceAll(""));
    }

    /**
     * A string whose plain (binary) order is the Vietnamese collation order of the text, so
     * the database can sort and page in Vietnamese order without a locale of its own.
     */
    public static String sortKey(String text) {
        byte[] key = COLLATOR.get().getCollationKey(clean(text)).toByteArray();
        return HexFormat.of().formatHex(key);
    }

    public static boolean isNfc(String text) {
        return text == null || NFC.isNormalized(text);
    }
}
