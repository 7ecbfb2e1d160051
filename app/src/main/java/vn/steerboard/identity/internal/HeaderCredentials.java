package vn.steerboard.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The credentials a request presents in its Authorization header, read the way the authentication filters read them. */
final class HeaderCredentials {

    enum Scheme { BASIC, BEARER }

    private HeaderCredentials() {
    }

    /** BASIC or BEARER when the header carries that scheme (any other header authenticates nothing), else null. */
    static Scheme scheme(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null) {
            return null;
        }
        if (header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Scheme.BASIC;
        }
        if (header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Scheme.BEARER;
        }
        return null;
    }

    /** The user name of HTTP Basic credentials, or null when there are none or they cannot be decoded. */
    static String basicUsername(HttpServletRequest request) {
        if (scheme(request) != Scheme.BASIC) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(request.getHeader("Authorization").substring(6).strip()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : decoded.substring(0, colon);
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    /** The form sign-in (and sign-out) always keep CSRF protection, whatever header comes with them. */
    static boolean isFormSignInOrOut(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/login") || path.equals("/logout");
    }
}
