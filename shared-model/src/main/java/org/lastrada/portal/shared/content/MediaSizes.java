package org.lastrada.portal.shared.content;

import java.util.Optional;

/** Finds the size of a library image by its key, for pages that show it; empty for a key that names no image. */
@FunctionalInterface
public interface MediaSizes {

    /** For texts rendered where no image is known: every image reference is dropped. */
    MediaSizes NONE = key -> Optional.empty();

    Optional<MediaSize> of(String key);
}
