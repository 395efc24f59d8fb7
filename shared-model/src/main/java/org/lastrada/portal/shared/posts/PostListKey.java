package org.lastrada.portal.shared.posts;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A post's place in the newest-first public lists (its moment, then its id), written into the lists' "Older" and
 * "Newer" links, so that the next page starts right next to the last post shown (keyset paging: page 500 reads
 * 20 index entries, as page 1 does, instead of skipping 9,980). Moments are kept to the microsecond, as stored.
 */
public record PostListKey(Instant publishedAt, long id) {

    private static final Pattern TOKEN = Pattern.compile("(-?\\d{1,19})-(\\d{1,19})");

    public static PostListKey of(PublicPostCard card) {
        return new PostListKey(card.publishedAt(), card.id());
    }

    /** The key as it is written in a link: microseconds since 1970, a dash, the post's id. */
    public String token() {
        return ChronoUnit.MICROS.between(Instant.EPOCH, publishedAt) + "-" + id;
    }

    /** The key a link carries; empty when the text is not one. */
    public static Optional<PostListKey> parse(String token) {
        Matcher matcher = TOKEN.matcher(token == null ? "" : token.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            Instant moment = Instant.EPOCH.plus(Long.parseLong(matcher.group(1)), ChronoUnit.MICROS);
            return Optional.of(new PostListKey(moment, Long.parseLong(matcher.group(2))));
        } catch (ArithmeticException | DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
