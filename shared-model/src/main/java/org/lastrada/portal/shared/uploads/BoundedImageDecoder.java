package org.lastrada.portal.shared.uploads;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.lastrada.portal.shared.i18n.Message;
import org.lastrada.portal.shared.validation.InvalidInputException;

/**
 * Decodes uploaded images without ever holding more of them in memory than needed. The type is recognised by the
 * file's content (PNG, JPEG or WebP magic bytes), never by its name; the size is read from the header first, and an
 * image above the pixel limit is refused undecoded (a small file can declare a huge image); a large one is read
 * subsampled, as the caller's {@link Subsampling} says.
 */
public final class BoundedImageDecoder {

    /** How many source pixels to step over in each direction when reading an image of the given size; 1 reads all. */
    @FunctionalInterface
    public interface Subsampling {
        int step(long width, long height);
    }

    private BoundedImageDecoder() {
    }

    /**
     * The decoded image, or a refusal on the field: not a PNG, JPEG or WebP; more pixels than {@code maxPixels}
     * (width x height as the header declares them); or unreadable.
     */
    public static BufferedImage decode(byte[] upload, String field, long maxPixels, Subsampling subsampling) {
        if (upload == null || upload.length == 0) {
            throw new InvalidInputException(field, Message.of("workspace.refusal.upload.empty"));
        }
        if (!isPng(upload) && !isJpeg(upload) && !isWebp(upload)) {
            throw new InvalidInputException(field, Message.of("workspace.refusal.upload.not-an-image"));
        }
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = input == null ? List.<ImageReader>of().iterator() : ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new InvalidInputException(field, Message.of("workspace.refusal.upload.unreadable"));
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width * height > maxPixels) {
                    throw new InvalidInputException(field, Message.of("workspace.refusal.upload.too-many-pixels",
                            String.valueOf(width), String.valueOf(height), maxPixels / 1_000_000));
                }
                ImageReadParam subsampled = reader.getDefaultReadParam();
                int step = Math.max(1, subsampling.step(width, height));
                subsampled.setSourceSubsampling(step, step, 0, 0);
                BufferedImage image = reader.read(0, subsampled);
                if (image == null) {
                    throw new InvalidInputException(field, Message.of("workspace.refusal.upload.unreadable"));
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException refusal) {
                throw refusal;
            }
            throw new InvalidInputException(field, Message.of("workspace.refusal.upload.unreadable"));
        }
    }

    public static boolean isJpeg(byte[] bytes) {
        return startsWith(bytes, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
    }

    static boolean isPng(byte[] bytes) {
        return startsWith(bytes, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
    }

    static boolean isWebp(byte[] bytes) {
        return bytes.length > 12 && startsWith(bytes, "RIFF".getBytes())
                && Arrays.equals(Arrays.copyOfRange(bytes, 8, 12), "WEBP".getBytes());
    }

    static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(Arrays.copyOf(bytes, prefix.length), prefix);
    }
}
