package org.lastrada.portal.publicsite;

import java.time.Duration;
import java.util.regex.Matcher;
import org.lastrada.portal.shared.content.MediaAddresses;
import org.lastrada.portal.shared.media.MediaLibrary;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves library images to the public, only while a public post uses them (an image in a draft or in a change waiting
 * for review is not public). A variant's address never names other bytes, so it may be cached for a year as immutable.
 */
@RestController
class PublicMediaController {

    private final PublicCatalogue catalogue;
    private final MediaLibrary media;

    PublicMediaController(PublicCatalogue catalogue, MediaLibrary media) {
        this.catalogue = catalogue;
        this.media = media;
    }

    @GetMapping("/media/{file}")
    ResponseEntity<byte[]> image(@PathVariable String file) {
        Matcher name = MediaAddresses.FILE_NAME.matcher(file);
        if (!name.matches() || !catalogue.isImagePublic(name.group(1))) {
            return notFound();
        }
        return media.publicFile(name.group(1), Integer.parseInt(name.group(2)))
                .map(bytes -> ResponseEntity.ok().contentType(type(name.group(3)))
                        .cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable()).body(bytes))
                .orElseGet(PublicMediaController::notFound);
    }

    static MediaType type(String format) {
        return format.equals("png") ? MediaType.IMAGE_PNG : MediaType.IMAGE_JPEG;
    }

    private static ResponseEntity<byte[]> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).cacheControl(CacheControl.noStore()).build();
    }
}
