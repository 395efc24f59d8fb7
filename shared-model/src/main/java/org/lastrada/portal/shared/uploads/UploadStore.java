package org.lastrada.portal.shared.uploads;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.lastrada.portal.shared.i18n.Message;
import org.lastrada.portal.shared.validation.InvalidInputException;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Accepts uploaded logos and publication PDFs. The type is decided by the file's content (its magic
 * bytes), never by its name; logos are decoded, scaled and re-encoded as PNG, so whatever else the upload
 * carried is dropped. Files are stored under generated names, and only such names are ever read back.
 */
@Component
@EnableConfigurationProperties(UploadProperties.class)
public class UploadStore {

    public static final int MAX_LOGO_BYTES = 2 * 1024 * 1024;
    public static final int MAX_PDF_BYTES = 10 * 1024 * 1024;
    static final int LOGO_SIZE = 400;
    private static final Pattern GENERATED_NAME = Pattern.compile("^[0-9a-f-]{36}\\.(png|pdf)$");

    private final Path logos;
    private final Path documents;
    private final long maxImagePixels;

    public UploadStore(UploadProperties properties) {
        this.maxImagePixels = properties.maxImagePixels();
        Path root = Path.of(properties.directory()).toAbsolutePath().normalize();
        this.logos = root.resolve("logos");
        this.documents = root.resolve("documents");
    }

    /** Stores a PNG, JPEG or WebP logo of at most 2 MB, scaled to fit 400 x 400, and returns its generated name. */
    public String storeLogo(byte[] upload) {
        if (upload == null || upload.length == 0) {
            throw new InvalidInputException("logo", Message.of("workspace.refusal.upload.empty"));
        }
        if (upload.length > MAX_LOGO_BYTES) {
            throw new InvalidInputException("logo", Message.of("workspace.refusal.upload.logo-too-large"));
        }
        if (!isPng(upload) && !isJpeg(upload) && !isWebp(upload)) {
            throw new InvalidInputException("logo", Message.of("workspace.refusal.upload.not-an-image"));
        }
        return write(logos, "png", toPng(scaleToFit(decodeBounded(upload, "logo", LOGO_SIZE), LOGO_SIZE)));
    }

    /**
     * Decodes an image without ever holding more of it in memory than needed: its size is read from the header
     * first and an image above the pixel limit is refused undecoded; a large one is read subsampled, at no more
     * than about twice the size it is shown at.
     */
    private BufferedImage decodeBounded(byte[] upload, String field, int shownSize) {
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
                if (width * height > maxImagePixels) {
                    throw new InvalidInputException(field, Message.of("workspace.refusal.upload.too-many-pixels",
                            String.valueOf(width), String.valueOf(height), maxImagePixels / 1_000_000));
                }
                ImageReadParam subsampled = reader.getDefaultReadParam();
                // By the longer side, which is the one scaled to fit: a 40000 x 1000 banner is read 50 times smaller.
                int step = (int) Math.max(1, Math.max(width, height) / (2L * shownSize));
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

    /** Stores a PDF of at most 10 MB and returns its generated name. */
    public String storeDocument(byte[] upload) {
        if (upload == null || upload.length == 0) {
            throw new InvalidInputException("attachment", Message.of("workspace.refusal.upload.empty"));
        }
        if (upload.length > MAX_PDF_BYTES) {
            throw new InvalidInputException("attachment", Message.of("workspace.refusal.upload.pdf-too-large"));
        }
        if (!startsWith(upload, "%PDF-".getBytes())) {
            throw new InvalidInputException("attachment", Message.of("workspace.refusal.upload.not-a-pdf"));
        }
        return write(documents, "pdf", upload);
    }

    public Optional<byte[]> readLogo(String name) {
        return read(logos, name);
    }

    public Optional<byte[]> readDocument(String name) {
        return read(documents, name);
    }

    /** A stored PDF's size in bytes, without reading it. */
    public Optional<Long> documentSize(String name) {
        if (name == null || !GENERATED_NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.size(documents.resolve(name)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<byte[]> read(Path folder, String name) {
        if (name == null || !GENERATED_NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        Path file = folder.resolve(name);
        try {
            return Files.exists(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String write(Path folder, String extension, byte[] content) {
        String name = UUID.randomUUID() + "." + extension;
        try {
            Files.createDirectories(folder);
            Files.write(folder.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store the upload", e);
        }
        return name;
    }

    private static BufferedImage scaleToFit(BufferedImage image, int size) {
        double scale = Math.min(1.0, Math.min((double) size / image.getWidth(), (double) size / image.getHeight()));
        int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
        BufferedImage scaled = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = scaled.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        graphics.drawImage(image, 0, 0, width, height, null);
        graphics.dispose();
        return scaled;
    }

    private static byte[] toPng(BufferedImage image) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isPng(byte[] bytes) {
        return startsWith(bytes, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
    }

    private static boolean isJpeg(byte[] bytes) {
        return startsWith(bytes, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
    }

    private static boolean isWebp(byte[] bytes) {
        return bytes.length > 12 && startsWith(bytes, "RIFF".getBytes())
                && Arrays.equals(Arrays.copyOfRange(bytes, 8, 12), "WEBP".getBytes());
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(Arrays.copyOf(bytes, prefix.length), prefix);
    }
}
