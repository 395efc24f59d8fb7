package org.lastrada.portal.shared;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;

/** Images made for tests: photographs with camera metadata, transparent pictures, and files that only claim to be images. */
public final class TestImages {

    /** What the GPS part of {@link #jpegWithExif}'s metadata says; it must not survive re-encoding. */
    public static final String GPS_MARK = "GPS 52.3731N 4.8922E";

    private TestImages() {
    }

    /** A JPEG, red on its left half and blue on its right. */
    public static byte[] jpeg(int width, int height) {
        return encode(halves(width, height, BufferedImage.TYPE_INT_RGB), "jpeg");
    }

    /** A PNG, red and blue halves; with transparent corners when {@code transparent}. */
    public static byte[] png(int width, int height, boolean transparent) {
        BufferedImage image = halves(width, height, BufferedImage.TYPE_INT_ARGB);
        if (transparent) {
            image.setRGB(0, 0, 0x00FFFFFF);
        }
        return encode(image, "png");
    }

    /**
     * A JPEG as a phone writes it: an EXIF segment with the orientation (6: to be turned a quarter clockwise) and a GPS
     * position, before the image.
     */
    public static byte[] jpegWithExif(int width, int height, int orientation) {
        byte[] plain = jpeg(width, height);
        byte[] gps = GPS_MARK.getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream tiff = new ByteArrayOutputStream();
        // Big-endian TIFF header, IFD0 at offset 8 with one entry (Orientation, SHORT, 1), no next IFD, then the "GPS" bytes.
        write(tiff, 'M', 'M', 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, orientation, 0, 0, 0, 0, 0, 0);
        tiff.writeBytes(gps);
        byte[] exif = tiff.toByteArray();
        int length = 2 + 6 + exif.length;
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.write(0xFF);
        file.write(0xD8);
        write(file, 0xFF, 0xE1, length >> 8, length & 0xFF, 'E', 'x', 'i', 'f', 0, 0);
        file.writeBytes(exif);
        file.write(plain, 2, plain.length - 2);
        return file.toByteArray();
    }

    /** The header of a PNG that declares an image of the given size, and nothing of its pixels. */
    public static byte[] pngHeaderClaiming(int width, int height) {
        byte[] small = png(2, 2, false);
        // IHDR's width and height are at bytes 16-23 (the CRC after them is not checked before the size is read).
        small[16] = (byte) (width >>> 24);
        small[17] = (byte) (width >>> 16);
        small[18] = (byte) (width >>> 8);
        small[19] = (byte) width;
        small[20] = (byte) (height >>> 24);
        small[21] = (byte) (height >>> 16);
        small[22] = (byte) (height >>> 8);
        small[23] = (byte) height;
        return small;
    }

    public static BufferedImage decode(byte[] bytes) {
        try {
            return ImageIO.read(new java.io.ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage halves(int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.RED);
        graphics.fillRect(0, 0, width / 2, height);
        graphics.setColor(Color.BLUE);
        graphics.fillRect(width / 2, 0, width - width / 2, height);
        graphics.dispose();
        return image;
    }

    private static byte[] encode(BufferedImage image, String format) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(ByteArrayOutputStream out, int... bytes) {
        for (int b : bytes) {
            out.write(b);
        }
    }
}
