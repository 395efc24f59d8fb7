package org.lastrada.portal.publicsite;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.lastrada.portal.shared.posts.PublicPostCard;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Warms the public site up before the portal reports ready. A freshly started JVM runs each page type several times
 * slower until the JIT has compiled its code (measured: a post page at 211 requests/s in its first 10 s, 3,100 after two
 * minutes), and each page type warms up separately. So the portal first asks itself, over loopback HTTP, for every
 * public page type (home, lists, a post, a member, a network page, search with several words, feeds, the API, two
 * other languages) for {@code portal.warm-up.duration}, on a few threads, and only then lets Spring Boot mark it ready:
 * readiness ({@code /actuator/health/readiness}) becomes UP after the ready listeners return, liveness is UP all along.
 * A load balancer thus sends the first visitor to a warm replica. {@code PORTAL_WARM_UP_DURATION=0s} turns it off.
 * <p>
 * With {@code portal.warm-up.exit-when-done} (a training run for the JVM's AOT cache, see deploy/Dockerfile) the portal
 * closes itself once it is ready after the warm-up, so that the JVM ends and writes the cache with the method profiles
 * of the public pages, not only of the start.
 */
@Component
class PublicSiteWarmUp {

    private static final Logger log = LoggerFactory.getLogger(PublicSiteWarmUp.class);
    private static final List<String> SEARCHES = List.of("trafficking", "labour exploitation", "helpline", "Poland", "handel ludźmi",
            "торгівля людьми", "\"human trafficking\"", "shelter");

    /** What the last warm-up did, and whether the portal said it was not ready meanwhile. */
    record Outcome(long requests, long failures, ReadinessState readinessDuring) {
    }

    private final PublicCatalogue catalogue;
    private final ApplicationAvailability availability;
    private final Duration duration;
    private final int threads;
    private final boolean exitWhenDone;
    private volatile Outcome outcome;

    PublicSiteWarmUp(PublicCatalogue catalogue, ApplicationAvailability availability,
                     @Value("${portal.warm-up.duration:20s}") Duration duration, @Value("${portal.warm-up.threads:2}") int threads,
                     @Value("${portal.warm-up.exit-when-done:false}") boolean exitWhenDone) {
        this.catalogue = catalogue;
        this.availability = availability;
        this.duration = duration;
        this.threads = Math.max(1, threads);
        this.exitWhenDone = exitWhenDone;
    }

    /** Runs last among the ready listeners (after the search index's), before readiness is accepted. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    void warmUp(ApplicationReadyEvent ready) throws InterruptedException {
        if (!duration.isZero() && !duration.isNegative()
                && ready.getApplicationContext() instanceof WebServerApplicationContext web && web.getWebServer() != null) {
            askForEveryPage(web);
        }
        if (exitWhenDone) {
            closeOnceReady(ready.getApplicationContext());
        }
    }

    private void askForEveryPage(WebServerApplicationContext web) throws InterruptedException {
        ReadinessState readinessDuring = availability.getReadinessState();
        String base = "http://127.0.0.1:" + web.getWebServer().getPort();
        List<URI> addresses = addresses(base);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + duration.toNanos();
        AtomicLong requests = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (int t = 0; t < threads; t++) {
            int offset = t;
            pool.submit(() -> {
                for (int i = offset; System.nanoTime() < deadline; i++) {
                    URI address = addresses.get(i % addresses.size());
                    try {
                        HttpResponse<Void> response = http.send(HttpRequest.newBuilder(address).timeout(Duration.ofSeconds(10))
                                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").header("Accept-Encoding", "gzip")
                                .GET().build(), HttpResponse.BodyHandlers.discarding());
                        requests.incrementAndGet();
                        if (response.statusCode() >= 500) {
                            failures.incrementAndGet();
                        }
                    } catch (java.io.IOException e) {
                        failures.incrementAndGet();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(duration.toSeconds() + 30, TimeUnit.SECONDS);
        pool.shutdownNow();
        outcome = new Outcome(requests.get(), failures.get(), readinessDuring);
        log.info("Public site warmed up before accepting traffic: {} requests to {} addresses in {} s ({} failed)", requests.get(),
                addresses.size(), duration.toSeconds(), failures.get());
    }

    /** A training run: closes the portal once Spring Boot has made it ready (after this listener returns). */
    private void closeOnceReady(ConfigurableApplicationContext context) {
        Thread closing = new Thread(() -> {
            try {
                while (availability.getReadinessState() != ReadinessState.ACCEPTING_TRAFFIC) {
                    Thread.sleep(100);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            log.info("Warmed up for a training run (portal.warm-up.exit-when-done): closing");
            SpringApplication.exit(context);
        }, "warm-up-training-exit");
        closing.start();
    }

    Outcome lastOutcome() {
        return outcome;
    }

    /** One address of every public page type, and several searches. */
    private List<URI> addresses(String base) {
        List<String> paths = new ArrayList<>(List.of("/", "/news", "/news?type=statement", "/members", "/events", "/events/past",
                "/publications", "/help", "/feeds/news.atom", "/feeds/events.ics", "/sitemap.xml", "/api/v1/posts", "/api/v1/members", "/pl/",
                "/uk/news", "/about"));
        List<PublicPostCard> latest = catalogue.latest(PublicCatalogue.NewsFilter.NONE, 3);
        for (PublicPostCard card : latest) {
            paths.add("/news/" + card.slug());
            paths.add("/api/v1/posts/" + card.slug());
        }
        catalogue.memberNames().keySet().stream().limit(2).forEach(slug -> {
            paths.add("/members/" + slug);
            paths.add("/feeds/members/" + slug + ".atom");
        });
        catalogue.pages().stream().limit(2).forEach(page -> paths.add("/about/" + page.getSlug()));
        for (String words : SEARCHES) {
            paths.add("/search?q=" + java.net.URLEncoder.encode(words, java.nio.charset.StandardCharsets.UTF_8));
        }
        return paths.stream().map(path -> URI.create(base + path)).toList();
    }
}
