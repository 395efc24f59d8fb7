package org.lastrada.portal.publicsite;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Counts the SQL statements Hibernate prepares on the web server's request threads, for the tests that bound what a
 * page asks of the database (configured for every test context in application-test.properties). Hibernate's own
 * statistics count the whole application: a background job (the announcer, the outbox) querying during a page would
 * be counted as the page's. Each statement is kept with its thread, so that a test over its bound can say which.
 */
public class RequestQueries implements StatementInspector {

    private static final Queue<String> prepared = new ConcurrentLinkedQueue<>();

    @Override
    public String inspect(String sql) {
        // Tomcat's request threads: "http-nio-<port>-exec-<n>" ("http-nio-auto-1-exec-<n>" on a random port).
        String thread = Thread.currentThread().getName();
        if (thread.startsWith("http-nio-") && thread.contains("-exec-")) {
            prepared.add(thread + ": " + sql);
        }
        return sql;
    }

    static void clear() {
        prepared.clear();
    }

    /** The statements prepared since {@link #clear()}, each with the request thread that prepared it. */
    static List<String> statements() {
        return List.copyOf(prepared);
    }
}
