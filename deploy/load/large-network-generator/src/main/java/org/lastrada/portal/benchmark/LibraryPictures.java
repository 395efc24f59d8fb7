package org.lastrada.portal.benchmark;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;

/**
 * Pictures for the generated organisations' media libraries: 1600 x 1000 JPEGs as a camera would give them after a
 * resize, a colour gradient with soft shapes and grain, so that they compress like photographs (a few hundred KB)
 * rather than like flat drawings. Derived from the random source alone, so two runs draw the same pictures.
 */
final class LibraryPictures {

    static final int WIDTH = 1600;
    static final int HEIGHT = 1000;

    private LibraryPictures() {
    }

    static byte[] draw(SplittableRandom random) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, colour(random), WIDTH, HEIGHT, colour(random)));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        for (int i = 0; i < 12; i++) {
            Color shape = colour(random);
            g.setColor(new Color(shape.getRed(), shape.getGreen(), shape.getBlue(), 60 + random.nextInt(120)));
            double size = 80 + random.nextInt(420);
            g.fill(new Ellipse2D.Double(random.nextInt(WIDTH) - size / 2, random.nextInt(HEIGHT) - size / 2, size, size));
        }
        g.dispose();
        // Grain: what makes a photograph's JPEG ten times the size of a drawing's.
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                int rgb = image.getRGB(x, y);
                int grain = random.nextInt(25) - 12;
                image.setRGB(x, y, clamp((rgb >> 16 & 0xFF) + grain) << 16 | clamp((rgb >> 8 & 0xFF) + grain) << 8
                        | clamp((rgb & 0xFF) + grain));
            }
        }
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", jpeg);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return jpeg.toByteArray();
    }

    private static Color colour(SplittableRandom random) {
        return Color.getHSBColor(random.nextFloat(), 0.35f + random.nextFloat() * 0.5f, 0.35f + random.nextFloat() * 0.6f);
    }

    private static int clamp(int value) {
        return Math.max(0, Math.min(255, value));
    }
}
