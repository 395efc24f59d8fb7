package org.lastrada.portal.publicsite;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The public content's version number, one for every replica: kept in the database (table public_content_version),
 * raised by the replica that commits a change, and read by the others when they {@link #refresh}. Between two
 * refreshes a replica answers with the number it knows: another replica's change reaches it within the refresh
 * interval (portal.public-content.refresh-interval, 2 s).
 * <p>
 * A change is announced after its commit, while the committing thread still holds its transaction's connection; the
 * number is raised on a thread of its own (one statement, committed at once, on a connection of its own), which
 * serves the raises of every thread that asks meanwhile with one statement, so raising never needs more than one
 * connection besides those already in use.
 */
class SharedContentVersion implements AutoCloseable {

    private final JdbcTemplate jdbc;
    private final Duration raiseWait;
    private final AtomicLong known = new AtomicLong();
    private final ExecutorService raiser = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "public-content-version");
        thread.setDaemon(true);
        return thread;
    });
    /** The raise asked for and not started yet, which every thread asking now joins. */
    private CompletableFuture<Long> queued;

    SharedContentVersion(JdbcTemplate jdbc, Duration raiseWait) {
        this.jdbc = jdbc;
        this.raiseWait = raiseWait;
        refresh();
    }

    /** The version as this replica last read or raised it. */
    long current() {
        return known.get();
    }

    /**
     * Raises the shared version after a change this replica committed, and waits (at most the raise wait) until it
     * knows the new one, so that its next answers describe the change.
     *
     * @throws IllegalStateException when the database could not be reached in time; the change is then seen when a
     *         later raise or refresh succeeds
     */
    long raise() {
        try {
            return requestRaise().get(raiseWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("the shared content version was not raised within " + raiseWait, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the shared content version could not be raised", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while raising the shared content version", e);
        }
    }

    /**
     * Reads the shared version. Reads take turns, so a slower read never puts back an older number. A version never
     * goes back: should the database hold a lower one than this replica knows, or none (restored from a backup), the
     * replica writes the next number after its own there first, so that no number ever stands for two contents (a
     * page cached, or an ETag given, under the old number would otherwise be taken for the new content).
     */
    synchronized long refresh() {
        Long shared = read();
        long mine = known.get();
        if (shared == null || shared < mine) {
            long next = mine + 1;
            if (shared == null) {
                try {
                    jdbc.update("insert into public_content_version (id, version) values (1, ?)", next);
                } catch (DuplicateKeyException anotherReplicaWasFirst) {
                    jdbc.update("update public_content_version set version = ? where id = 1 and version < ?", next, next);
                }
            } else {
                jdbc.update("update public_content_version set version = ? where id = 1 and version < ?", next, next);
            }
            shared = read();
        }
        long version = Math.max(mine, shared == null ? 0 : shared);
        known.set(version);
        return version;
    }

    private Long read() {
        List<Long> shared = jdbc.queryForList("select version from public_content_version where id = 1", Long.class);
        return shared.isEmpty() ? null : shared.get(0);
    }

    private synchronized CompletableFuture<Long> requestRaise() {
        if (queued == null) {
            queued = new CompletableFuture<>();
            raiser.execute(this::raiseQueued);
        }
        return queued;
    }

    private void raiseQueued() {
        CompletableFuture<Long> raising;
        synchronized (this) {
            raising = queued;
            queued = null;
        }
        try {
            if (jdbc.update("update public_content_version set version = version + 1 where id = 1") == 0) {
                refresh(); // no row (a restored database): put back the number this replica knows, then raise it
                jdbc.update("update public_content_version set version = version + 1 where id = 1");
            }
            raising.complete(refresh());
        } catch (RuntimeException e) {
            raising.completeExceptionally(e);
        }
    }

    @Override
    public void close() {
        raiser.shutdownNow();
    }
}
