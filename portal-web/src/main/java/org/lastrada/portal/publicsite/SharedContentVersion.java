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
     * Reads the shared version. Reads take turns, so a slower read never puts back an older number; a version that
     * went back in the database (restored from a backup) is followed. No row reads as 0.
     */
    synchronized long refresh() {
        List<Long> shared = jdbc.queryForList("select version from public_content_version where id = 1", Long.class);
        long version = shared.isEmpty() || shared.get(0) == null ? 0 : shared.get(0);
        known.set(version);
        return version;
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
                insertFirstVersion();
            }
            raising.complete(refresh());
        } catch (RuntimeException e) {
            raising.completeExceptionally(e);
        }
    }

    /** The row is missing (a database restored without it): the first change is version 1, whoever writes it first. */
    private void insertFirstVersion() {
        try {
            jdbc.update("insert into public_content_version (id, version) values (1, 1)");
        } catch (DuplicateKeyException anotherReplicaWasFirst) {
            jdbc.update("update public_content_version set version = version + 1 where id = 1");
        }
    }

    @Override
    public void close() {
        raiser.shutdownNow();
    }
}
