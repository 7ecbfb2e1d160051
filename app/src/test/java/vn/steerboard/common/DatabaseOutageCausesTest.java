package vn.steerboard.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.transaction.TransactionSystemException;

/** Which failures are a lost database (answered 503), and which are the request's own (never hidden as one). */
class DatabaseOutageCausesTest {

    @Test
    void aServerThatWentAwayIsAnOutageHoweverItIsWrapped() {
        // PostgreSQL stopped under an open connection: "terminating connection due to administrator command"
        assertThat(DatabaseOutage.isCause(new UncategorizedSQLException("select", "select 1",
                new SQLException("terminating connection", "57P01")))).isTrue();
        assertThat(DatabaseOutage.isCause(new SQLException("crash of another server process", "57P02"))).isTrue();
        // a rollback that failed on the closed connection hides the query's own failure as its cause
        assertThat(DatabaseOutage.isCause(new TransactionSystemException("Could not roll back JDBC transaction",
                new SQLException("This connection has been closed.", "08003")))).isTrue();
        RuntimeException wrapped = new IllegalStateException("while rendering");
        wrapped.addSuppressed(new SQLException("I/O error", "08006"));
        assertThat(DatabaseOutage.isCause(wrapped)).as("a suppressed connection failure").isTrue();
    }

    @Test
    void theRequestsOwnFailuresAreNotAnOutage() {
        assertThat(DatabaseOutage.isCause(new QueryTimeoutException("statement timeout",
                new SQLException("canceling statement due to statement timeout", "57014")))).isFalse();
        assertThat(DatabaseOutage.isCause(new DataIntegrityViolationException("duplicate",
                new SQLException("duplicate key", "23505")))).isFalse();
        assertThat(DatabaseOutage.isCause(new IllegalStateException("bug"))).isFalse();
        assertThat(DatabaseOutage.isCause(null)).isFalse();
    }

    @Test
    void aRequestRemembersThatItsSessionStoreFailed() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        assertThat(DatabaseOutage.sessionStoreFailed(request)).isFalse();
        DatabaseOutage.markSessionStoreFailed(request);
        assertThat(DatabaseOutage.sessionStoreFailed(request)).isTrue();
    }
}
