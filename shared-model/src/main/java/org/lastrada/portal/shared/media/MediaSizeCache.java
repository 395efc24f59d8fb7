package org.lastrada.portal.shared.media;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Optional;
import org.lastrada.portal.shared.content.MediaSize;
import org.lastrada.portal.shared.content.MediaSizes;
import org.springframework.stereotype.Component;

/**
 * The sizes of library images by key, kept: an image's variants never change once stored. A key that names no image
 * is asked again after a minute (it may be an upload another replica has just committed); a deleted image's size may
 * be kept, harmlessly, since nothing public uses a deleted image.
 */
@Component
public class MediaSizeCache implements MediaSizes {

    private final MediaImageRepository images;
    private final Cache<String, MediaSize> known = Caffeine.newBuilder().maximumSize(20_000).build();
    private final Cache<String, Boolean> unknown = Caffeine.newBuilder().maximumSize(10_000)
            .expireAfterWrite(Duration.ofMinutes(1)).build();

    MediaSizeCache(MediaImageRepository images) {
        this.images = images;
    }

    @Override
    public Optional<MediaSize> of(String key) {
        if (key == null) {
            return Optional.empty();
        }
        MediaSize size = known.getIfPresent(key);
        if (size != null) {
            return Optional.of(size);
        }
        if (unknown.getIfPresent(key) != null) {
            return Optional.empty();
        }
        Optional<MediaSize> found = images.findByKey(key).map(MediaImage::size);
        found.ifPresentOrElse(s -> known.put(key, s), () -> unknown.put(key, Boolean.TRUE));
        return found;
    }
}
