package org.lastrada.portal.publicsite;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.lastrada.portal.shared.content.MediaSize;
import org.lastrada.portal.shared.media.MediaImage;
import org.lastrada.portal.shared.media.MediaImageRepository;
import org.lastrada.portal.shared.posts.PostRepository;
import org.springframework.stereotype.Component;

/**
 * Library images as the public site shows them: a post's featured image (on its page, in lists, as its Open Graph
 * image) with its alt text, and whether an image is public at all (a public post uses it). Both are kept per version of
 * the public content, which changes when an image's description or a post changes.
 */
@Component("publicImages")
public class PublicImages {

    /** What the public site shows of a library image. */
    public record ShownImage(MediaSize size, String alt) {

        /** The variant to give as src for an image shown about {@code shownWidth} pixels wide. */
        public String src(int shownWidth) {
            return size.url(size.widthFor(shownWidth));
        }

        public int width(int shownWidth) {
            return size.widthFor(shownWidth);
        }

        public int height(int shownWidth) {
            return size.heightAt(size.widthFor(shownWidth));
        }

        public String srcset() {
            return size.srcset();
        }
    }

    private record Versioned(String key, PublicContentVersion.Version version) {
    }

    private final MediaImageRepository images;
    private final PostRepository posts;
    private final PublicContentVersion version;
    private final Clock clock;
    private final Cache<Versioned, Optional<ShownImage>> shown = Caffeine.newBuilder().maximumSize(10_000)
            .expireAfterWrite(Duration.ofMinutes(2)).build();
    private final Cache<Versioned, Boolean> visible = Caffeine.newBuilder().maximumSize(10_000)
            .expireAfterWrite(Duration.ofMinutes(2)).build();

    PublicImages(MediaImageRepository images, PostRepository posts, PublicContentVersion version, Clock clock) {
        this.images = images;
        this.posts = posts;
        this.version = version;
        this.clock = clock;
    }

    /** The image to show for a key, or null (no key, no such image, or one without alt text nor marked decorative). */
    public ShownImage of(String key) {
        if (key == null) {
            return null;
        }
        return shown.get(new Versioned(key, version.current()), k -> images.findByKey(key).filter(MediaImage::isDescribed)
                .map(image -> new ShownImage(image.size(), image.alt()))).orElse(null);
    }

    /** Whether the public may see the image: a public post (published, of an active organisation) uses it. */
    boolean isPublic(String key) {
        return visible.get(new Versioned(key, version.current()), k -> posts.isImagePublic(key, clock.instant()));
    }
}
