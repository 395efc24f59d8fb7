package org.lastrada.portal.shared.jpa;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.TransactionException;
import org.hibernate.exception.JDBCConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Whether an error means the database could not be reached (stopped, restarting, no free connection within the pool's
 * wait) rather than a fault of the request: people are then told to try again in a minute, not shown an apology for a
 * bug.
 */
public final class DatabaseUnreachable {

    private DatabaseUnreachable() {
    }

    public static boolean causedBy(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
                    || cause instanceof JDBCConnectionException || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException || cause instanceof SQLRecoverableException
                    || cause instanceof RecoverableDataAccessException) {
                return true;
            }
            // A transaction its connection could not roll back or commit because the connection was lost mid-transaction
            // (the pool then closes it: "Connection is closed", with no SQL state; or a state of class 08, connection
            // exception); the error that came first is only logged, not thrown. A commit refused as a deadlock (40001)
            // is no outage.
            if ((cause instanceof TransactionException || cause instanceof TransactionSystemException)
                    && cause.getCause() instanceof SQLException sql && (sql.getSQLState() == null || sql.getSQLState().startsWith("08"))) {
                return true;
            }
        }
        return false;
    }
}
