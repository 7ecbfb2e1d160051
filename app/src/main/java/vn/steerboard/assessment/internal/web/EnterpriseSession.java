package vn.steerboard.assessment.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import vn.steerboard.assessment.EnterpriseId;

/**
 * The enterprise's credential: its id held in the server-side session (a database row, Spring Session JDBC), set
 * only when a mailed link is used, with a new session id at that moment (no fixation). Nothing in a URL grants access.
 */
final class EnterpriseSession {

    static final String ATTRIBUTE = "assessment.enterprise";

    private EnterpriseSession() {}

    static EnterpriseId of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? null : session.getAttribute(ATTRIBUTE) instanceof EnterpriseId id ? id : null;
    }

    static void signIn(HttpServletRequest request, EnterpriseId id) {
        request.getSession(true);
        request.changeSessionId();
        request.getSession().setAttribute(ATTRIBUTE, id);
    }

    static void signOut(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(ATTRIBUTE);
        }
    }
}
