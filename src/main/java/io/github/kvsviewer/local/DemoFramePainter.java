package io.github.kvsviewer.local;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Draws one frame of a synthetic shelf camera: shelves of products, a customer
 * who walks up, takes a product and leaves (so consecutive frames differ), the
 * producer time in JST to the millisecond with the stream name and frame number,
 * and the machine-readable {@link TimeCodeStrip}.
 *
 * <p>What is on screen depends only on the stream name and the producer time, so
 * the same spec always yields the same pictures. Works headless. Not thread-safe:
 * {@link #paint} returns the same image every call, overwritten by the next one;
 * only the moving parts are redrawn, and {@link #changedRegions} says where they
 * were, so an encoder can skip converting the still rest.
 */
public final class DemoFramePainter {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private static final DateTimeFormatter CLOCK =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSS z", Locale.ENGLISH).withZone(JAPAN);
    /** One customer visit: walk in, reach, take, walk out, then an empty aisle. */
    private static final long VISIT_MILLIS = 16_000;

    private final String streamName;
    private final int width;
    private final int height;
    private final long seed;
    private final BufferedImage background;
    private final BufferedImage frame;
    private final ShelfLayout shelves;
    private final Font clockFont;
    private final Font labelFont;
    /** Where this paint drew moving things, and where the previous one did (to be cleaned up). */
    private List<Rectangle> drawn = new ArrayList<>();
    private List<Rectangle> changed = List.of();

    public DemoFramePainter(String streamName, int width, int height) {
        TimeCodeStrip.cellSize(width); // fails early on a picture too narrow for the strip
        this.streamName = streamName;
        this.width = width;
        this.height = height;
        this.seed = streamName.hashCode();
        this.shelves = new ShelfLayout(width, height, seed);
        this.background = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        this.frame = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        this.clockFont = new Font("DejaVu Sans Mono", Font.BOLD, Math.max(10, height / 20));
        this.labelFont = new Font("DejaVu Sans Mono", Font.BOLD, Math.max(8, height / 34));
        Graphics2D g = background.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            shelves.paint(g);
        } finally {
            g.dispose();
        }
        drawn.add(new Rectangle(0, 0, width, height)); // the first paint covers everything
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** Paints frame {@code frameNumber} captured at {@code producerTime}; the returned image is reused. */
    public BufferedImage paint(long frameNumber, Instant producerTime) {
        long millis = producerTime.toEpochMilli();
        List<Rectangle> previous = drawn;
        drawn = new ArrayList<>();
        Graphics2D g = frame.createGraphics();
        try {
            for (Rectangle r : previous) { // only where something moved: the rest is still the background
                g.drawImage(background, r.x, r.y, r.x + r.width, r.y + r.height,
                        r.x, r.y, r.x + r.width, r.y + r.height, null);
            }
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            paintVisit(g, millis);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
            paintCaption(g, frameNumber, producerTime);
            TimeCodeStrip.paint(g, width, height, millis);
            int cell = TimeCodeStrip.cellSize(width);
            drawn.add(new Rectangle(0, height - cell, TimeCodeStrip.BITS * cell, cell));
        } finally {
            g.dispose();
        }
        List<Rectangle> union = new ArrayList<>(previous);
        union.addAll(drawn);
        changed = List.copyOf(union);
        return frame;
    }

    /**
     * The regions where the last {@link #paint} may have changed pixels since the one
     * before (everything, the first time); outside them the image is unchanged.
     */
    public List<Rectangle> changedRegions() {
        return changed;
    }

    /** The customer of the current visit, and the gap on the shelf where the product was. */
    private void paintVisit(Graphics2D g, long millis) {
        long visit = Math.floorDiv(millis, VISIT_MILLIS);
        double phase = Math.floorMod(millis, VISIT_MILLIS) / (double) VISIT_MILLIS;
        int slot = (int) Math.floorMod(mix(visit ^ seed), shelves.slotCount());
        Rectangle product = shelves.slot(slot);
        boolean taken = phase >= 0.44;
        if (taken) {
            shelves.paintEmpty(g, slot);
            drawn.add(new Rectangle(product));
        }
        double standX = product.getCenterX();
        double x;
        double reach;
        if (phase < 0.30) {                       // walking in from the left
            x = -0.15 * width + (standX + 0.15 * width) * (phase / 0.30);
            reach = 0;
        } else if (phase < 0.50) {                // reaching up and taking the product
            x = standX;
            reach = Math.sin(Math.PI * (phase - 0.30) / 0.20);
        } else if (phase < 0.85) {                // leaving to the right with it
            x = standX + (1.15 * width - standX) * ((phase - 0.50) / 0.35);
            reach = 0;
        } else {
            return;                               // nobody in the aisle
        }
        Color shirt = ShelfLayout.palette(mix(visit * 31 + seed));
        paintCustomer(g, x, product, reach, taken ? shelves.colour(slot) : null, shirt);
    }

    /** {@code held} is the colour of the product in the hand, or null for an empty hand. */
    private void paintCustomer(Graphics2D g, double x, Rectangle product, double reach, Color held, Color shirt) {
        double unit = height / 720.0;
        int headR = (int) (46 * unit);
        int bodyW = (int) (150 * unit);
        int bodyTop = (int) (height * 0.42);
        int cx = (int) x;
        g.setColor(shirt.darker());
        g.fillRoundRect(cx - bodyW / 2, bodyTop, bodyW, height - bodyTop, bodyW / 3, bodyW / 3);
        g.setColor(new Color(0xE0B48C));
        g.fillOval(cx - headR, bodyTop - 2 * headR - (int) (8 * unit), 2 * headR, 2 * headR);
        g.setColor(new Color(0x3A2A1E));
        g.fillArc(cx - headR, bodyTop - 2 * headR - (int) (8 * unit), 2 * headR, 2 * headR, 0, 180);

        int shoulderX = cx + bodyW / 3;
        int shoulderY = bodyTop + (int) (30 * unit);
        int restX = shoulderX + (int) (20 * unit);
        int restY = shoulderY + (int) (170 * unit);
        int handX = (int) (restX + (product.getCenterX() - restX) * reach);
        int handY = (int) (restY + (product.getCenterY() - restY) * reach);
        g.setStroke(new BasicStroke((float) (34 * unit), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(shirt);
        g.drawLine(shoulderX, shoulderY, handX, handY);
        if (held != null) {
            g.setColor(held);
            g.fillRoundRect(handX - product.width / 2, handY - product.height / 2, product.width, product.height,
                    product.width / 4, product.width / 4);
        }
        g.setColor(new Color(0xE0B48C));
        int hand = (int) (22 * unit);
        g.fillOval(handX - hand, handY - hand, 2 * hand, 2 * hand);

        Rectangle bounds = new Rectangle(cx - bodyW / 2, bodyTop - 2 * headR - (int) (8 * unit), bodyW, height);
        bounds.add(new Rectangle(handX - hand, handY - hand, 2 * hand, 2 * hand));
        if (held != null) {
            bounds.add(new Rectangle(handX - product.width / 2, handY - product.height / 2, product.width,
                    product.height));
        }
        int margin = (int) (17 * unit) + 2; // half the arm's stroke, plus antialiasing
        bounds.grow(margin, margin);
        drawn.add(bounds);
    }

    /** Date and time in JST to the millisecond, then stream name and frame number, on an opaque plate. */
    private void paintCaption(Graphics2D g, long frameNumber, Instant producerTime) {
        String clock = CLOCK.format(producerTime);
        String label = streamName + "  frame " + frameNumber;
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        FontMetrics clockMetrics = g.getFontMetrics(clockFont);
        FontMetrics labelMetrics = g.getFontMetrics(labelFont);
        int pad = Math.max(4, height / 80);
        int plateW = Math.max(clockMetrics.stringWidth(clock), labelMetrics.stringWidth(label)) + 2 * pad;
        int plateH = clockMetrics.getHeight() + labelMetrics.getHeight() + 2 * pad;
        g.setColor(new Color(16, 16, 16));
        g.fillRect(pad, pad, plateW, plateH);
        drawn.add(new Rectangle(pad, pad, plateW, plateH));
        g.setColor(Color.WHITE);
        g.setFont(clockFont);
        g.drawString(clock, 2 * pad, pad + pad / 2 + clockMetrics.getAscent());
        g.setColor(new Color(0xFFD54F));
        g.setFont(labelFont);
        g.drawString(label, 2 * pad, pad + pad / 2 + clockMetrics.getHeight() + labelMetrics.getAscent());
    }

    /** A stable integer hash (SplitMix64 finaliser): the scene must not change between runs. */
    static long mix(long value) {
        long z = value + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
