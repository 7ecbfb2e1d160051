package vn.steerboard.common;

import jakarta.servlet.ServletRequest;
import java.sql.SQLException;
import java.util.Set;

/**
 * What a lost database looks like, wherever it is noticed: an exception whose causes include a failed connection,
 * or a request in which the session store (the database) already failed. Both are answered 503 with Retry-After,
 * never 500 and never "sign in", because nothing is wrong with the request or the caller.
 */
public final class DatabaseOutage {

    /** Request attribute: the session store could not be read in this request. */
    public static final String SESSION_STORE_FAILED = DatabaseOutage.class.getName() + ".SESSION_STORE_FAILED";

    // SQLSTATE class 08 (connection exception) and the server going away (57P01 admin shutdown, 57P02 crash
    // shutdown, 57P03 cannot connect now); not 57014, a statement timeout, which is the query's fault
    private static final Set<String> SERVER_GONE = Set.of("57P01", "57P02", "57P03");

    private DatabaseOutage() {
    }

    public static void markSessionStoreFailed(ServletRequest request) {
        request.setAttribute(SESSION_STORE_FAILED, Boolean.TRUE);
    }

    public static boolean sessionStoreFailed(ServletRequest request) {
        return request.getAttribute(SESSION_STORE_FAILED) != null;
    }

    /** Whether the error, or any of its causes, says the database could not be reached. */
    public static boolean isCause(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.springframework.dao.DataAccessResourceFailureException
                    || t instanceof org.springframework.transaction.CannotCreateTransactionException
                    || t instanceof java.sql.SQLTransientConnectionException
                    || t instanceof java.sql.SQLNonTransientConnectionException
                    || (t instanceof SQLException sql && sql.getSQLState() != null
                            && (sql.getSQLState().startsWith("08") || SERVER_GONE.contains(sql.getSQLState())))) {
                return true;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (suppressed != t && isCause(suppressed)) {
                    return true;
                }
            }
        }
        return false;
    }
}
