package org.lastrada.portal.workspace;

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
 * Serves library images to the signed-in staff of their organisation and to the secretariat, for the workspace's
 * previews of what is not public yet (the library, the post editor, the moderator's review). Behind the workspace's
 * sign-in; cached by the browser only.
 */
@RestController
class WorkspaceMediaController {

    private final MediaLibrary media;

    WorkspaceMediaController(MediaLibrary media) {
        this.media = media;
    }

    @GetMapping("/workspace-media/{file}")
    ResponseEntity<byte[]> image(@PathVariable String file) {
        Matcher name = MediaAddresses.FILE_NAME.matcher(file);
        if (!name.matches()) {
            return notFound();
        }
        return media.workspaceFile(name.group(1), Integer.parseInt(name.group(2)))
                .map(bytes -> ResponseEntity.ok().contentType(name.group(3).equals("png") ? MediaType.IMAGE_PNG : MediaType.IMAGE_JPEG)
                        .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate()).body(bytes))
                .orElseGet(WorkspaceMediaController::notFound);
    }

    private static ResponseEntity<byte[]> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).cacheControl(CacheControl.noStore()).build();
    }
}
