package org.lastrada.portal.shared.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.lastrada.portal.shared.uploads.BoundedImageDecoder;

/**
 * An uploaded image made fit for the web: decoded within bounds (refused undecoded above the pixel limit, read
 * subsampled when much larger than shown), turned upright, and re-encoded at each of {@link #WIDTHS} narrower than
 * itself and at its own width up to the largest: JPEG for opaque images, PNG for those with transparency. The
 * re-encoded files carry nothing of the upload but its pixels: no EXIF, GPS position, comments or colour profiles.
 *
 * @param width  the largest variant's width
 * @param height the largest variant's height
 * @param files  each variant's encoded bytes by its width, narrowest first
 */
public record ImageVariants(String format, int width, int height, Map<Integer, byte[]> files) {

    public static final List<Integer> WIDTHS = List.of(480, 960, 1600);
    static final int LARGEST = WIDTHS.get(WIDTHS.size() - 1);
    /** Decoded images hold at most about this many pixels (24 MB as 32-bit pixels), whatever their declared size. */
    static final long MAX_DECODED_PIXELS = 6_000_000;
    private static final float JPEG_QUALITY = 0.82f;

    public List<Integer> widths() {
        return List.copyOf(files.keySet());
    }

    public long storedBytes() {
        return files.values().stream().mapToLong(bytes -> bytes.length).sum();
    }

    /** The variants of an uploaded PNG, JPEG or WebP; refused on the field "image" as {@link BoundedImageDecoder} says. */
    public static ImageVariants of(byte[] upload, long maxPixels) {
        BufferedImage decoded = BoundedImageDecoder.decode(upload, "image", maxPixels, ImageVariants::subsampling);
        BufferedImage image = ExifOrientation.upright(decoded, ExifOrientation.of(upload));
        boolean transparent = hasTransparency(image);
        String format = transparent ? "png" : "jpg";
        List<Integer> widths = new ArrayList<>(WIDTHS.stream().filter(w -> w < image.getWidth()).toList());
        int own = Math.min(image.getWidth(), LARGEST);
        if (!widths.contains(own)) {
            widths.add(own);
        }
        Map<Integer, byte[]> files = new LinkedHashMap<>();
        BufferedImage source = image;
        // Largest first, each scaled from the previous one: fewer pixels read per step, and smoother steps.
        for (int i = widths.size() - 1; i >= 0; i--) {
            int w = widths.get(i);
            source = scaled(source, w, Math.max(1, Math.round((float) image.getHeight() * w / image.getWidth())), transparent);
            files.put(w, transparent ? encodePng(source) : encodeJpeg(source));
        }
        Map<Integer, byte[]> ascending = new LinkedHashMap<>();
        widths.forEach(w -> ascending.put(w, files.get(w)));
        int largest = widths.get(widths.size() - 1);
        return new ImageVariants(format, largest, Math.max(1, Math.round((float) image.getHeight() * largest / image.getWidth())), ascending);
    }

    /**
     * Read at no less than the largest variant's width where that suffices, and never more than about
     * {@link #MAX_DECODED_PIXELS}: a 6000 x 4000 photo is read at 2000 x 1334, a 1000 x 40000 strip at 334 x 13334.
     */
    static int subsampling(long width, long height) {
        int byWidth = (int) Math.max(1, width / LARGEST);
        int byMemory = (int) Math.ceil(Math.sqrt((double) width * height / MAX_DECODED_PIXELS));
        return Math.max(byWidth, byMemory);
    }

    private static boolean hasTransparency(BufferedImage image) {
        if (!image.getColorModel().hasAlpha()) {
            return false;
        }
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) >>> 24) != 0xFF) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Scaled in halving steps down to twice the target, then bicubic: no aliasing when a photo is made much smaller. */
    private static BufferedImage scaled(BufferedImage image, int width, int height, boolean transparent) {
        BufferedImage current = image;
        while (current.getWidth() / 2 >= width * 2) {
            current = draw(current, current.getWidth() / 2, Math.max(1, current.getHeight() / 2), transparent, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        }
        if (current.getWidth() == width && current.getHeight() == height && current != image) {
            return current;
        }
        return draw(current, width, height, transparent, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
    }

    private static BufferedImage draw(BufferedImage image, int width, int height, boolean transparent, Object interpolation) {
        BufferedImage target = new BufferedImage(width, height, transparent ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = target.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
        graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        if (!transparent) {
            graphics.setColor(Color.WHITE); // what shows where an opaque-looking image still had transparent pixels
            graphics.fillRect(0, 0, width, height);
        }
        graphics.drawImage(image, 0, 0, width, height, null);
        graphics.dispose();
        return target;
    }

    private static byte[] encodeJpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam quality = writer.getDefaultWriteParam();
            quality.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            quality.setCompressionQuality(JPEG_QUALITY);
            quality.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            writer.write(null, new IIOImage(image, null, null), quality);
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
    }

    private static byte[] encodePng(BufferedImage image) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
