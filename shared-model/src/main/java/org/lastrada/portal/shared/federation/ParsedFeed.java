package org.lastrada.portal.shared.federation;

import java.time.Instant;
import java.util.List;

/**
 * A feed as read, whatever its format: its title and language, and its items with their HTML as the website gave it
 * (converted and sanitised when an item becomes a post).
 */
public record ParsedFeed(String title, String language, List<Item> items) {

    /**
     * One item. {@code id} is the item's own identifier (RSS guid, Atom id, JSON Feed id), else its link; either
     * identifies it across fetches.
     */
    public record Item(String id, String link, String title, String summaryHtml, String bodyHtml, Instant published,
                       Instant updated, String language, List<String> categories) {

        /** When the website says it appeared: its publication, else its last update. */
        Instant date() {
            return published != null ? published : updated;
        }
    }
}
