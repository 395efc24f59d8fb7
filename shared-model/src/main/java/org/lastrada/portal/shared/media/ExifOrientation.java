package org.lastrada.portal.shared.media;

import java.awt.geom.AffineTransform;
import java.awt.image.AffineTransformOp;
import java.awt.image.BufferedImage;
import org.lastrada.portal.shared.uploads.BoundedImageDecoder;

/**
 * How a camera says a JPEG is to be turned (the EXIF Orientation tag, 1 to 8). Re-encoding drops the upload's
 * metadata, the orientation with the rest, so the pixels are turned before: otherwise a phone's portrait photo would
 * show on its side. Only the tag is read, by hand, within the file's bounds; anything unexpected reads as 1 (as is).
 */
final class ExifOrientation {

    private ExifOrientation() {
    }

    static int of(byte[] file) {
        if (!BoundedImageDecoder.isJpeg(file)) {
            return 1;
        }
        int at = 2;
        while (at + 4 <= file.length && (file[at] & 0xFF) == 0xFF) {
            int marker = file[at + 1] & 0xFF;
            int length = u16(file, at + 2, false);
            if (marker == 0xDA || length < 2) {
                return 1; // the image data starts: no EXIF before it
            }
            if (marker == 0xE1 && at + 10 <= file.length && new String(file, at + 4, 4, java.nio.charset.StandardCharsets.US_ASCII).equals("Exif")) {
                return orientationInTiff(file, at + 10, Math.min(file.length, at + 2 + length));
            }
            at += 2 + length;
        }
        return 1;
    }

    private static int orientationInTiff(byte[] file, int tiff, int end) {
        if (tiff + 8 > end) {
            return 1;
        }
        boolean little = file[tiff] == 'I' && file[tiff + 1] == 'I';
        if (!little && !(file[tiff] == 'M' && file[tiff + 1] == 'M')) {
            return 1;
        }
        long ifd = tiff + u32(file, tiff + 4, little);
        if (ifd + 2 > end) {
            return 1;
        }
        int entries = u16(file, (int) ifd, little);
        for (int i = 0; i < entries; i++) {
            int entry = (int) ifd + 2 + 12 * i;
            if (entry + 12 > end) {
                return 1;
            }
            if (u16(file, entry, little) == 0x0112) {
                int value = u16(file, entry + 8, little);
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    /** The image as it is meant to be seen. */
    static BufferedImage upright(BufferedImage image, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        // Where each pixel goes (x' = m00 x + m01 y + m02, y' = m10 x + m11 y + m12), as arguments m00, m10, m01, m11, m02, m12.
        AffineTransform turn = switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);   // mirrored
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);  // upside down
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);   // mirrored upside down
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);    // mirrored, on its left side
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);   // on its left side: turned a quarter clockwise
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);  // mirrored, on its right side
            default -> new AffineTransform(0, -1, 1, 0, 0, w);  // 8, on its right side: turned a quarter anticlockwise
        };
        boolean swapped = orientation >= 5;
        BufferedImage turned = new BufferedImage(swapped ? h : w, swapped ? w : h,
                image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        new AffineTransformOp(turn, AffineTransformOp.TYPE_NEAREST_NEIGHBOR).filter(toDrawable(image), turned);
        return turned;
    }

    private static BufferedImage toDrawable(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB || image.getType() == BufferedImage.TYPE_INT_ARGB) {
            return image;
        }
        BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(),
                image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        copy.createGraphics().drawImage(image, 0, 0, null);
        return copy;
    }

    private static int u16(byte[] b, int at, boolean little) {
        return little ? (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 : (b[at] & 0xFF) << 8 | (b[at + 1] & 0xFF);
    }

    private static long u32(byte[] b, int at, boolean little) {
        return little ? (u16(b, at, true) | (long) u16(b, at + 2, true) << 16) : ((long) u16(b, at, false) << 16 | u16(b, at + 2, false));
    }
}
