package org.lastrada.portal.shared.uploads;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
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
        if (upload != null && upload.length > MAX_LOGO_BYTES) {
            throw new InvalidInputException("logo", Message.of("workspace.refusal.upload.logo-too-large"));
        }
        // Read by the longer side, which is the one scaled to fit, at no more than about twice the size it is shown at:
        // a 40000 x 1000 banner is read 50 times smaller.
        BufferedImage logo = BoundedImageDecoder.decode(upload, "logo", maxImagePixels,
                (width, height) -> (int) Math.max(1, Math.max(width, height) / (2L * LOGO_SIZE)));
        return write(logos, "png", toPng(scaleToFit(logo, LOGO_SIZE)));
    }

    /** Stores a PDF of at most 10 MB and returns its generated name. */
    public String storeDocument(byte[] upload) {
        if (upload == null || upload.length == 0) {
            throw new InvalidInputException("attachment", Message.of("workspace.refusal.upload.empty"));
        }
        if (upload.length > MAX_PDF_BYTES) {
            throw new InvalidInputException("attachment", Message.of("workspace.refusal.upload.pdf-too-large"));
        }
        if (!BoundedImageDecoder.startsWith(upload, "%PDF-".getBytes())) {
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
}
