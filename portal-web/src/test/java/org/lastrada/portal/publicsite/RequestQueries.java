package org.lastrada.portal.publicsite;

import java.util.concurrent.atomic.AtomicLong;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Counts the SQL statements Hibernate prepares on the web server's request threads, for the tests that bound what a
 * page asks of the database (configured for every test context in application-test.properties). Hibernate's own
 * statistics count the whole application: a background job (the announcer, the outbox) querying during a page would
 * be counted as the page's.
 */
public class RequestQueries implements StatementInspector {

    private static final AtomicLong prepared = new AtomicLong();

    @Override
    public String inspect(String sql) {
        // Tomcat's request threads: "http-nio-<port>-exec-<n>" ("http-nio-auto-1-exec-<n>" on a random port).
        String thread = Thread.currentThread().getName();
        if (thread.startsWith("http-nio-") && thread.contains("-exec-")) {
            prepared.incrementAndGet();
        }
        return sql;
    }

    static void clear() {
        prepared.set(0);
    }

    static long count() {
        return prepared.get();
    }
}
