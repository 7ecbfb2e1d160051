package vn.steerboard.quality.engine;

/**
 * Example values leave the engine only masked: the first 4 and last 2 characters of long values
 * (0012******34), the first and last of short ones, nothing of values of 4 characters or fewer.
 */
public final class Masking {

    private Masking() {
    }

    public static String mask(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString();
        int[] codePoints = text.codePoints().toArray();
        int length = codePoints.length;
        int head = length >= 8 ? 4 : length >= 5 ? 1 : 0;
        int tail = length >= 8 ? 2 : length >= 5 ? 1 : 0;
        StringBuilder masked = new StringBuilder();
        for (int i = 0; i < length; i++) {
            if (i < head || i >= length - tail) {
                masked.appendCodePoint(codePoints[i]);
            } else {
                masked.append('*');
            }
        }
        return masked.toString();
    }
}
