package org.citydialogue.shell.ui;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Whether a failure only means that the database cannot be reached right now — it is restarting,
 * or the network dropped — so that staff are told the app is reconnecting instead of seeing an
 * error. The pools and the event listener reconnect by themselves; nothing has to be done.
 */
final class DatabaseReconnecting {

    private DatabaseReconnecting() {
    }

    static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof SQLTransientConnectionException
                    || t instanceof org.hibernate.exception.JDBCConnectionException
                    || t instanceof SQLException sql && connectionState(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** SQLSTATE class 08 (connection exception), or the server shutting down or starting (57P01–57P03). */
    private static boolean connectionState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P0"));
    }
}
