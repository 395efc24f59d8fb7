package org.lastrada.portal.publicsite;

import org.lastrada.portal.shared.uploads.UploadStore;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import java.time.Duration;

/**
 * Serves uploaded files to the public: the logos of live profiles of active organisations (a logo still
 * waiting for review is not public) and the PDFs of public publications, whose downloads are counted (the count only).
 */
@RestController
class PublicFilesController {

    private final PublicCatalogue catalogue;
    private final UploadStore uploads;
    private final PublicationDownloadCounter downloads;

    PublicFilesController(PublicCatalogue catalogue, UploadStore uploads, PublicationDownloadCounter downloads) {
        this.catalogue = catalogue;
        this.uploads = uploads;
        this.downloads = downloads;
    }

    @GetMapping("/news/{slug}/publication.pdf")
    ResponseEntity<byte[]> publication(@PathVariable String slug) {
        return catalogue.post(slug).flatMap(post -> uploads.readDocument(post.getContent().getAttachment()).map(bytes -> {
                    downloads.count(post.getId());
                    return bytes;
                }))
                .map(bytes -> ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                        .header("Content-Disposition", "inline; filename=\"" + slug + ".pdf\"")
                        .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic()).body(bytes))
                .orElse(ResponseEntity.status(HttpStatus.NOT_FOUND).cacheControl(CacheControl.noStore()).build());
    }

    @GetMapping("/uploads/logos/{name}")
    ResponseEntity<byte[]> logo(@PathVariable String name) {
        boolean live = catalogue.members(null, null, null).stream().anyMatch(o -> name.equals(o.getProfile().getLogo()));
        return uploads.readLogo(name).filter(bytes -> live)
                .map(bytes -> ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
                        .cacheControl(CacheControl.maxAge(Duration.ofDays(30)).cachePublic().immutable()).body(bytes))
                .orElse(ResponseEntity.status(HttpStatus.NOT_FOUND).cacheControl(CacheControl.noStore()).build());
    }
}
