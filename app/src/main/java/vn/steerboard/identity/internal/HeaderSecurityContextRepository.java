package vn.steerboard.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.core.context.DeferredSecurityContext;

/**
 * The session's sign-in is ignored for requests that carry Basic or Bearer credentials: such a request is
 * authenticated by its header or not at all, which is what makes skipping CSRF for it safe.
 */
class HeaderSecurityContextRepository implements SecurityContextRepository {

    private final RequestAttributeSecurityContextRepository requestOnly = new RequestAttributeSecurityContextRepository();
    private final SecurityContextRepository sessions = new DelegatingSecurityContextRepository(requestOnly,
            new HttpSessionSecurityContextRepository());

    private SecurityContextRepository forRequest(HttpServletRequest request) {
        return HeaderCredentials.scheme(request) != null && !HeaderCredentials.isFormSignInOrOut(request) ? requestOnly : sessions;
    }

    @Override
    @SuppressWarnings("deprecation")
    public SecurityContext loadContext(HttpRequestResponseHolder holder) {
        return forRequest(holder.getRequest()).loadContext(holder);
    }

    @Override
    public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
        return forRequest(request).loadDeferredContext(request);
    }

    @Override
    public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
        forRequest(request).saveContext(context, request, response);
    }

    @Override
    public boolean containsContext(HttpServletRequest request) {
        return forRequest(request).containsContext(request);
    }
}
