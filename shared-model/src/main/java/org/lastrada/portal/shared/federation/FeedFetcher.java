package org.lastrada.portal.shared.federation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fetches the members' feeds whose time has come, in the background: a few at a time on threads of its own (never
 * the request threads nor the scheduler's), each feed claimed in the database first, so with several replicas each
 * fetch happens once. The network is read outside any transaction; the items are then taken one transaction each
 * ({@link FeedIngestion}), and the feed's state (last fetch, last change, last problem, back-off) is written last.
 */
@Component
public class FeedFetcher implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(FeedFetcher.class);

    /** A claimed feed waits this long before another replica may fetch it, should this one die while fetching. */
    static final Duration LEASE = Duration.ofMinutes(10);

    private final MemberFeedRepository feeds;
    private final SafeHttpClient client;
    private final FeedParser parser;
    private final FeedIngestion ingestion;
    private final FederationProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ThreadPoolExecutor executor;

    FeedFetcher(MemberFeedRepository feeds, SafeHttpClient client, FeedParser parser, FeedIngestion ingestion,
                FederationProperties properties, TransactionTemplate transaction, Clock clock) {
        this.feeds = feeds;
        this.client = client;
        this.parser = parser;
        this.ingestion = ingestion;
        this.properties = properties;
        this.transaction = transaction;
        this.clock = clock;
        AtomicInteger threadNumber = new AtomicInteger();
        int threads = Math.max(1, properties.threads());
        this.executor = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.MINUTES, new LinkedBlockingQueue<>(), runnable -> {
            Thread thread = new Thread(runnable, "feed-fetcher-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            thread.setPriority(Thread.NORM_PRIORITY - 1);
            return thread;
        });
        this.executor.allowCoreThreadTimeOut(true);
    }

    @Scheduled(fixedDelayString = "${portal.federation.poll-every:60s}", initialDelayString = "${portal.federation.initial-delay:15s}")
    void scheduledFetch() {
        if (properties.fetch()) {
            fetchDue();
        }
    }

    /** Claims the due feeds (as many as the threads can take this round) and fetches them; returns how many it fetched. */
    public int fetchDue() {
        Instant now = clock.instant();
        // As many as there are threads: a claimed feed waiting in a queue behind slow ones could outlive its lease.
        List<Long> due = feeds.findDue(now, PageRequest.of(0, Math.max(1, properties.threads())));
        List<Future<?>> running = due.stream()
                .filter(id -> Integer.valueOf(1).equals(transaction.execute(status -> feeds.claim(id, now, now.plus(LEASE)))))
                .<Future<?>>map(id -> executor.submit(() -> fetch(id)))
                .toList();
        for (Future<?> fetch : running) {
            try {
                // Each fetch is bounded by the client's deadline; this bound only keeps a bug from holding the scheduler.
                fetch.get(properties.totalTimeout().toSeconds() * 4 + 60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (java.util.concurrent.TimeoutException e) {
                log.warn("A feed fetch is still running after its deadline; its lease ends it");
            } catch (Exception e) {
                log.warn("A feed fetch failed unexpectedly", e);
            }
        }
        return running.size();
    }

    /** Fetches one feed now (it must have been claimed, or be fetched on a person's request) and records the outcome. */
    void fetch(Long feedId) {
        MemberFeed feed = transaction.execute(status -> feeds.findById(feedId).orElse(null));
        if (feed == null) {
            return; // removed meanwhile
        }
        FeedIngestion.Outcome outcome = new FeedIngestion.Outcome(0, 0, 0, false);
        RemoteProblem problem = null;
        String title = null;
        SafeHttpClient.Fetched fetched = null;
        try {
            fetched = client.fetch(feed.getUrl(), feed.getEtag(), feed.getLastModified());
            if (!fetched.notModified()) {
                ParsedFeed parsed = parser.parse(fetched.body(), fetched.contentType());
                title = parsed.title();
                outcome = ingestion.ingest(feedId, parsed, properties.maxItems());
            }
        } catch (RemoteProblem e) {
            problem = e;
        } catch (RuntimeException e) {
            log.warn("Feed {} ({}) could not be taken", feedId, feed.getUrl(), e);
            problem = new RemoteProblem("cannot-read", e.getClass().getSimpleName());
        }
        record(feedId, fetched, title, outcome, problem);
    }

    private void record(Long feedId, SafeHttpClient.Fetched fetched, String title, FeedIngestion.Outcome outcome, RemoteProblem problem) {
        Instant now = clock.instant();
        int newItems = outcome.taken() + outcome.changed();
        transaction.executeWithoutResult(status -> feeds.findById(feedId).ifPresent(feed -> {
            if (problem != null) {
                feed.failed(problem, newItems, now);
                log.info("Feed {} of {}: {}", feed.getUrl(), feed.getOrganisation().getSlug(), problem.getMessage());
            } else if (outcome.refused() > 0) {
                // An item that failed for another reason than its content is tried again: the next read is a full one.
                feed.fetched(title, outcome.unsettled() ? null : fetched.etag(), outcome.unsettled() ? null : fetched.lastModified(),
                        newItems, now);
                feed.noteRefusedItems(outcome.refused());
            } else {
                feed.fetched(title, fetched.etag(), fetched.lastModified(), newItems, now);
            }
            if (newItems > 0) {
                log.info("Feed {} of {}: {} new and {} changed items taken", feed.getUrl(), feed.getOrganisation().getSlug(),
                        outcome.taken(), outcome.changed());
            }
        }));
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
