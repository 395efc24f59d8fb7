package org.lastrada.portal.shared.posts;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * How often each publication's PDF was downloaded, per day: counts only, nothing about who downloaded it (no address,
 * no cookie, no agent). Replicas add their own counts to the day's row, so the totals are the network's.
 */
@Repository
public class PublicationDownloads {

    private final NamedParameterJdbcTemplate jdbc;

    PublicationDownloads(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the downloads of each post on the day; a post gone meanwhile is passed over. */
    public void add(Map<Long, Long> downloadsByPost, LocalDate day) {
        downloadsByPost.forEach((post, downloads) -> {
            MapSqlParameterSource row = new MapSqlParameterSource("post", post).addValue("day", day).addValue("downloads", downloads);
            try {
                if (jdbc.update(ADD, row) == 0) {
                    jdbc.update("insert into publication_download (post_id, download_day, downloads) values (:post, :day, :downloads)", row);
                }
            } catch (DataIntegrityViolationException firstOfTheDayOnTwoReplicasOrPostGone) {
                // Another replica wrote the day's first row meanwhile (add to it), or the post no longer exists (nothing to add to).
                jdbc.update(ADD, row);
            }
        });
    }

    private static final String ADD =
            "update publication_download set downloads = downloads + :downloads where post_id = :post and download_day = :day";

    /** Each post's downloads over all days (posts never downloaded are missing). */
    public Map<Long, Long> totals(Collection<Long> posts) {
        Map<Long, Long> totals = new HashMap<>();
        if (!posts.isEmpty()) {
            jdbc.query("select post_id, sum(downloads) from publication_download where post_id in (:posts) group by post_id",
                    new MapSqlParameterSource("posts", posts), (row) -> {
                        totals.put(row.getLong(1), row.getLong(2));
                    });
        }
        return totals;
    }
}
