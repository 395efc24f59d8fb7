package org.lastrada.portal.publicsite;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.lastrada.portal.shared.posts.PublicationDownloads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts the publications' downloads in memory and adds them to the database every half minute (and when the portal
 * stops), so that a download costs no write of its own. Only the count is kept: nothing about who downloaded.
 */
@Component
class PublicationDownloadCounter {

    private static final Logger log = LoggerFactory.getLogger(PublicationDownloadCounter.class);

    private final PublicationDownloads downloads;
    private final Clock clock;
    /** Downloads not written yet, by post; a post's counter is taken to zero when written (no download is lost). */
    private final Map<Long, AtomicLong> pending = new ConcurrentHashMap<>();

    PublicationDownloadCounter(PublicationDownloads downloads, Clock clock) {
        this.downloads = downloads;
        this.clock = clock;
    }

    void count(Long post) {
        pending.computeIfAbsent(post, id -> new AtomicLong()).incrementAndGet();
    }

    @Scheduled(fixedDelayString = "${portal.publications.downloads-written-every:30s}")
    @PreDestroy
    void write() {
        Map<Long, Long> counted = new HashMap<>();
        pending.forEach((post, count) -> {
            long taken = count.getAndSet(0);
            if (taken > 0) {
                counted.put(post, taken);
            }
        });
        if (counted.isEmpty()) {
            return;
        }
        try {
            downloads.add(counted, LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        } catch (DataAccessException e) {
            // Kept for the next time: the database may be back by then.
            counted.forEach((post, count) -> pending.computeIfAbsent(post, id -> new AtomicLong()).addAndGet(count));
            log.warn("Could not write {} publications' downloads; trying again later: {}", counted.size(), e.getMessage());
        }
    }
}
