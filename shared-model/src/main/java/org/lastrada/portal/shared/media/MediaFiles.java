package org.lastrada.portal.shared.media;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lastrada.portal.shared.content.MediaSize;
import org.lastrada.portal.shared.i18n.Message;
import org.lastrada.portal.shared.uploads.UploadProperties;
import org.lastrada.portal.shared.validation.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The variants' files, under {@code media/} of the upload folder (shared by every replica, like the database), named
 * {@code <key>-<width>.<format>}. A file appears whole or not at all (written aside, then moved into place); when the
 * storage is full or read-only, the files already written for the image are removed and the upload is refused with
 * that reason.
 */
@Component
class MediaFiles {

    private static final Logger log = LoggerFactory.getLogger(MediaFiles.class);

    private final Path folder;

    MediaFiles(UploadProperties uploads) {
        this.folder = Path.of(uploads.directory()).toAbsolutePath().normalize().resolve("media");
    }

    void write(String key, ImageVariants variants) {
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(folder);
            for (Map.Entry<Integer, byte[]> variant : variants.files().entrySet()) {
                Path target = file(key, variant.getKey(), variants.format());
                Path partial = folder.resolve(target.getFileName() + ".part");
                written.add(partial);
                Files.write(partial, variant.getValue());
                move(partial, target);
                written.add(target);
            }
        } catch (IOException e) {
            log.warn("Cannot store image {}: {}", key, e.toString());
            written.forEach(MediaFiles::deleteQuietly);
            throw new InvalidInputException("image", Message.of("workspace.refusal.media.storage"));
        }
    }

    Optional<byte[]> read(MediaSize size, int width) {
        if (!size.hasWidth(width)) {
            return Optional.empty();
        }
        Path file = file(size.key(), width, size.format());
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    void delete(MediaSize size) {
        delete(size.key(), size.format(), size.widths());
    }

    void delete(String key, String format, List<Integer> widths) {
        widths.forEach(width -> deleteQuietly(file(key, width, format)));
    }

    private Path file(String key, int width, String format) {
        return folder.resolve(key + "-" + width + "." + format);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Cannot remove {}: {}", file, e.toString());
        }
    }
}
