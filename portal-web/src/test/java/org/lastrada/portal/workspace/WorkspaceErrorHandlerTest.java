package org.lastrada.portal.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.TransactionException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

/** What an editor reads when the database does not answer: check, then try again; not an apology for a bug. */
class WorkspaceErrorHandlerTest {

    @Test
    void aDatabaseThatDoesNotAnswerIsSaidSoWithWhatToDo() {
        // What Spring gives when Hikari's wait for a connection ends (the database restarting).
        Exception noConnection = new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
                new JDBCConnectionException("Unable to acquire JDBC Connection",
                        new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 10000ms")));
        // What the fault drill met: the database stopped during a save, and the rollback on the lost connection failed.
        Exception rollbackOnALostConnection = new JpaSystemException(new TransactionException("Unable to rollback against JDBC Connection",
                new SQLException("Connection is closed")));
        for (Exception error : new Exception[] {noConnection, new DataAccessResourceFailureException("Communications link failure"),
                new RecoverableDataAccessException("Communications link failure"), rollbackOnALostConnection}) {
            assertThat(WorkspaceErrorHandler.messageFor(error))
                    .isEqualTo("The portal cannot reach its database just now, so this may not have been read or saved. What you "
                            + "typed is still on the screen: in a minute, reload the page to check before you try again.");
        }
    }

    @Test
    void aBugIsStillAnApology() {
        assertThat(WorkspaceErrorHandler.messageFor(new IllegalStateException("a bug")))
                .doesNotContain("database").isNotBlank();
        // A commit the database refused as a deadlock: the database answered, so it is not said to be unreachable.
        assertThat(WorkspaceErrorHandler.messageFor(new JpaSystemException(new TransactionException("Unable to commit against JDBC Connection",
                new SQLException("Deadlock found when trying to get lock", "40001"))))).doesNotContain("cannot reach its database");
    }
}
