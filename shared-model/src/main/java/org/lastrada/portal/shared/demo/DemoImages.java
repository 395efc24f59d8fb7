package org.lastrada.portal.shared.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * The demo's illustrations, drawn here rather than shipped as photographs the project has no rights to: the network as
 * points linked across Europe, and covers for the two publications. Shapes only (no text: a server
 * may have no fonts), in the public site's colours; uploaded into the libraries as any image is.
 */
final class DemoImages {

    private static final Color NIGHT = new Color(0x0B3C5D);
    private static final Color TEAL = new Color(0x1F7A8C);
    private static final Color CORAL = new Color(0xE4572E);
    private static final Color SAND = new Color(0xF2E8CF);
    private static final Color SKY = new Color(0xBFDBF7);

    private DemoImages() {
    }

    /** The named illustration as a PNG: network, report-cover or briefing-cover. */
    static byte[] draw(String name) {
        return switch (name) {
            case "network" -> png(network());
            case "report-cover" -> png(cover(TEAL, CORAL));
            case "briefing-cover" -> png(cover(NIGHT, SKY));
            default -> throw new IllegalArgumentException("No demo image " + name);
        };
    }

    /** Nine points where the members work, each linked to Amsterdam, on a night-blue sky. */
    private static BufferedImage network() {
        BufferedImage image = new BufferedImage(1600, 900, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = start(image);
        g.setPaint(new GradientPaint(0, 0, NIGHT, 1600, 900, TEAL));
        g.fillRect(0, 0, 1600, 900);
        // Roughly where Amsterdam, Minsk, Sofia, Prague, Skopje, Chișinău, Warsaw and Kyiv lie on a map of Europe.
        double[][] members = {{1000, 260}, {1230, 500}, {760, 380}, {1080, 590}, {1340, 430}, {950, 250}, {1290, 330}, {1020, 150}};
        double[] amsterdam = {520, 250};
        g.setStroke(new BasicStroke(5, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(new Color(255, 255, 255, 110));
        for (double[] member : members) {
            g.draw(new Line2D.Double(amsterdam[0], amsterdam[1], member[0], member[1]));
        }
        g.setColor(SAND);
        for (double[] member : members) {
            g.fill(new Ellipse2D.Double(member[0] - 22, member[1] - 22, 44, 44));
        }
        g.setColor(CORAL);
        g.fill(new Ellipse2D.Double(amsterdam[0] - 36, amsterdam[1] - 36, 72, 72));
        g.setColor(new Color(255, 255, 255, 40));
        for (int ring = 1; ring <= 3; ring++) {
            g.setStroke(new BasicStroke(3));
            double r = 36 + ring * 40;
            g.draw(new Ellipse2D.Double(amsterdam[0] - r, amsterdam[1] - r, 2 * r, 2 * r));
        }
        g.dispose();
        return image;
    }

    /** A report's cover: a broad band, a column of bars like a chart, a bright corner. */
    private static BufferedImage cover(Color ground, Color accent) {
        BufferedImage image = new BufferedImage(1200, 1600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = start(image);
        g.setColor(ground);
        g.fillRect(0, 0, 1200, 1600);
        g.setColor(SAND);
        g.fillRect(0, 980, 1200, 620);
        g.setColor(accent);
        int[] heights = {220, 340, 280, 460, 390, 560};
        for (int i = 0; i < heights.length; i++) {
            g.fill(new RoundRectangle2D.Double(140 + i * 160, 900 - heights[i], 110, heights[i], 24, 24));
        }
        g.setColor(new Color(255, 255, 255, 60));
        g.fill(new Ellipse2D.Double(820, -220, 620, 620));
        g.setColor(ground);
        g.fillRect(140, 1120, 760, 36);
        g.fillRect(140, 1190, 560, 36);
        g.dispose();
        return image;
    }

    private static Graphics2D start(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        return g;
    }

    private static byte[] png(BufferedImage image) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
