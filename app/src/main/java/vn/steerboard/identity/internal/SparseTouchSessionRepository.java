package vn.steerboard.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * The session store with the last access written only when it has moved by {@code touchEvery} (a minute of a
 * 30-minute timeout), not on every request: Spring Session sets the last access on each request that reads the
 * session, and the JDBC store then runs an {@code UPDATE spring_session} and a commit for it, which was most of a
 * warm page's time. Changes that matter (attributes, the id after sign-in, the timeout) are written as before. The
 * cost: a session idle for the whole timeout may end up to {@code touchEvery} earlier than it would have.
 */
final class SparseTouchSessionRepository<S extends Session>
        implements FindByIndexNameSessionRepository<SparseTouchSessionRepository.Touched<S>>, DisposableBean {

    private final FindByIndexNameSessionRepository<S> store;
    private final Duration touchEvery;

    SparseTouchSessionRepository(FindByIndexNameSessionRepository<S> store, Duration touchEvery) {
        this.store = store;
        this.touchEvery = touchEvery;
    }

    @Override
    public Touched<S> createSession() {
        return new Touched<>(store.createSession(), touchEvery);
    }

    @Override
    public void save(Touched<S> session) {
        store.save(session.stored);
    }

    @Override
    public Touched<S> findById(String id) {
        S found = store.findById(id);
        return found == null ? null : new Touched<>(found, touchEvery);
    }

    @Override
    public void deleteById(String id) {
        store.deleteById(id);
    }

    @Override
    public Map<String, Touched<S>> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        Map<String, Touched<S>> found = new LinkedHashMap<>();
        store.findByIndexNameAndIndexValue(indexName, indexValue)
                .forEach((id, session) -> found.put(id, new Touched<>(session, touchEvery)));
        return found;
    }

    /** The store's own schedule (the cleanup of expired sessions) stops with the context. */
    @Override
    public void destroy() throws Exception {
        if (store instanceof DisposableBean disposable) {
            disposable.destroy();
        }
    }

    /** A stored session whose last access is passed on only when it moved far enough to matter. */
    static final class Touched<S extends Session> implements Session {
        private final S stored;
        private final Duration touchEvery;

        Touched(S stored, Duration touchEvery) {
            this.stored = stored;
            this.touchEvery = touchEvery;
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            if (Duration.between(stored.getLastAccessedTime(), lastAccessedTime).compareTo(touchEvery) >= 0) {
                stored.setLastAccessedTime(lastAccessedTime);
            }
        }

        @Override
        public String getId() {
            return stored.getId();
        }

        @Override
        public String changeSessionId() {
            return stored.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String attributeName) {
            return stored.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return stored.getAttributeNames();
        }

        @Override
        public void setAttribute(String attributeName, Object attributeValue) {
            stored.setAttribute(attributeName, attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
            stored.removeAttribute(attributeName);
        }

        @Override
        public Instant getCreationTime() {
            return stored.getCreationTime();
        }

        @Override
        public Instant getLastAccessedTime() {
            return stored.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            stored.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return stored.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return stored.isExpired();
        }
    }
}
