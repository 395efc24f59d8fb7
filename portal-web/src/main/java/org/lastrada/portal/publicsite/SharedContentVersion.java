package org.lastrada.portal.publicsite;

import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The public content's version number, one for every replica: kept in the database (table public_content_version),
 * raised in the same transaction as the change it stands for ({@link PublicContentVersion}), so the new number and the
 * new content become visible together; read again for every revalidation ({@link #fresh}), so no replica ever answers
 * 304 to an ETag given before a change already committed, on any replica, with no delay; and read every refresh
 * interval for everything else ({@link #refresh}).
 * <p>
 * Reads are coalesced: a request waits for a read that started after it came (so it sees every change committed
 * before), and every request that comes while that read waits to start shares it. One thread of its own does the
 * reads (and the raises asked for outside a change's transaction, {@link #raise}) on one connection at a time, so
 * however many requests come at once the database answers a few short queries, never one per request.
 */
class SharedContentVersion implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SharedContentVersion.class);

    private final JdbcTemplate jdbc;
    private final Duration wait;
    private final AtomicLong known = new AtomicLong();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "public-content-version");
        thread.setDaemon(true);
        return thread;
    });
    private final Coalesced raises = new Coalesced(this::raiseNow);
    private final Coalesced reads = new Coalesced(this::refresh);

    SharedContentVersion(JdbcTemplate jdbc, Duration wait) {
        this.jdbc = jdbc;
        this.wait = wait;
        refresh();
    }

    /** The version as this replica last read or raised it (for work outside a request). */
    long current() {
        return known.get();
    }

    /**
     * The version as the database holds it now: read by a read that started after this call, so it counts every change
     * committed before; empty when the database does not answer within the wait (the answer must then not claim to be
     * current: no ETag, see {@link PublicContentVersion}).
     */
    OptionalLong fresh() {
        try {
            return OptionalLong.of(reads.next().get(wait.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException | ExecutionException e) {
            log.debug("The shared public content version could not be read ({}); answering without an ETag", e.toString());
            return OptionalLong.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalLong.empty();
        }
    }

    /** A change's transaction raised the number to this and committed: this replica knows it at once. */
    void committed(long version) {
        known.accumulateAndGet(version, Math::max);
    }

    /**
     * Raises the shared version outside a change's transaction (a moment that came, a restored database without the
     * number), and waits (at most the wait) until it knows the new one, so that its next answers describe the change.
     *
     * @throws IllegalStateException when the database could not be reached in time; the change is then seen when a
     *         later raise or read succeeds
     */
    long raise() {
        try {
            return raises.next().get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("the shared content version was not raised within " + wait, e);
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
        // Taken before the read: a change this replica commits meanwhile raises both, and must not look like a restore.
        long mine = known.get();
        Long shared = read();
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
        known.accumulateAndGet(version, Math::max);
        return known.get();
    }

    private Long read() {
        List<Long> shared = jdbc.queryForList("select version from public_content_version where id = 1", Long.class);
        return shared.isEmpty() ? null : shared.get(0);
    }

    private long raiseNow() {
        if (jdbc.update("update public_content_version set version = version + 1 where id = 1") == 0) {
            refresh(); // no row (a restored database): put back the number this replica knows, then raise it
            jdbc.update("update public_content_version set version = version + 1 where id = 1");
        }
        return refresh();
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }

    /**
     * One kind of work on the worker thread, shared by everyone who asks before it starts: whoever asks while it runs
     * gets the next one, which starts after it.
     */
    private final class Coalesced {

        private final LongSupplier work;
        private CompletableFuture<Long> queued;

        Coalesced(LongSupplier work) {
            this.work = work;
        }

        synchronized CompletableFuture<Long> next() {
            if (queued == null) {
                queued = new CompletableFuture<>();
                worker.execute(this::run);
            }
            return queued;
        }

        private void run() {
            CompletableFuture<Long> running;
            synchronized (this) {
                running = queued;
                queued = null;
            }
            try {
                running.complete(work.getAsLong());
            } catch (RuntimeException e) {
                running.completeExceptionally(e);
            }
        }
    }
}
