package io.github.kvsviewer.local;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;

/** The still part of the demo scene: a wall, a shelf unit and the products on it, each in a numbered slot. */
final class ShelfLayout {

    private static final Color WALL = new Color(0xD9CBB3);
    private static final Color FLOOR = new Color(0x8C7B6B);
    private static final Color BACK_PANEL = new Color(0x5E4634);
    private static final Color BOARD = new Color(0xA0784F);
    private static final Color[] PALETTE = {
        new Color(0xE53935), new Color(0x1E88E5), new Color(0x43A047), new Color(0xFDD835),
        new Color(0x8E24AA), new Color(0xFB8C00), new Color(0x00ACC1), new Color(0xD81B60),
        new Color(0x6D4C41), new Color(0xF4F4F4), new Color(0x3949AB), new Color(0x7CB342),
    };
    private static final int ROWS = 4;
    private static final int PER_ROW = 10;

    private final int width;
    private final int height;
    private final Rectangle unit;
    private final List<Rectangle> slots = new ArrayList<>();
    private final List<Color> colours = new ArrayList<>();
    private final List<Rectangle> boards = new ArrayList<>();

    ShelfLayout(int width, int height, long seed) {
        this.width = width;
        this.height = height;
        int top = (int) (height * 0.17);
        int bottom = (int) (height * 0.84);
        unit = new Rectangle((int) (width * 0.05), top, (int) (width * 0.90), bottom - top);
        int rowH = unit.height / ROWS;
        int boardH = Math.max(2, rowH / 10);
        int slotW = unit.width / PER_ROW;
        for (int row = 0; row < ROWS; row++) {
            int boardY = unit.y + (row + 1) * rowH - boardH;
            boards.add(new Rectangle(unit.x, boardY, unit.width, boardH));
            for (int i = 0; i < PER_ROW; i++) {
                long h = DemoFramePainter.mix(seed * 131 + row * PER_ROW + i);
                int productH = (int) (rowH * (0.45 + 0.35 * ((h >>> 8) & 0xFF) / 255.0));
                int productW = (int) (slotW * (0.50 + 0.25 * ((h >>> 16) & 0xFF) / 255.0));
                int x = unit.x + i * slotW + (slotW - productW) / 2;
                slots.add(new Rectangle(x, boardY - productH, productW, productH));
                colours.add(palette(h));
            }
        }
    }

    static Color palette(long hash) {
        return PALETTE[(int) Math.floorMod(hash, PALETTE.length)];
    }

    int slotCount() {
        return slots.size();
    }

    Rectangle slot(int index) {
        return slots.get(index);
    }

    Color colour(int index) {
        return colours.get(index);
    }

    void paint(Graphics2D g) {
        g.setColor(WALL);
        g.fillRect(0, 0, width, height);
        g.setColor(FLOOR);
        g.fillRect(0, (int) (height * 0.88), width, height - (int) (height * 0.88));
        g.setColor(BACK_PANEL);
        g.fillRect(unit.x, unit.y, unit.width, unit.height);
        for (Rectangle board : boards) {
            g.setColor(BOARD);
            g.fill(board);
        }
        for (int i = 0; i < slots.size(); i++) {
            Rectangle r = slots.get(i);
            g.setColor(colours.get(i));
            g.fillRoundRect(r.x, r.y, r.width, r.height, r.width / 4, r.width / 4);
            g.setColor(colours.get(i).darker());
            g.fillRect(r.x + r.width / 6, r.y + r.height / 3, r.width * 2 / 3, Math.max(1, r.height / 5));
            g.setColor(Color.WHITE);  // price tag on the board's edge
            g.fillRect(r.x + r.width / 4, r.y + r.height + 1, r.width / 2, Math.max(2, boards.get(0).height - 2));
        }
    }

    /** Paints over a product that has been taken, leaving the bare back panel. */
    void paintEmpty(Graphics2D g, int index) {
        Rectangle r = slots.get(index);
        g.setColor(BACK_PANEL);
        g.fillRect(r.x, r.y, r.width, r.height);
    }
}
