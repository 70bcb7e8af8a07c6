package io.github.kvsviewer.ui.footage;

import io.github.kvsviewer.ui.footage.FootageMapLayout.FragmentBox;
import io.github.kvsviewer.ui.footage.FootageMapLayout.Span;
import io.github.kvsviewer.ui.footage.FootageMapLayout.Tick;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Draws a {@link FootageMapLayout} on a canvas, top to bottom: the requested range,
 * the range GetClip returns, the band of fragments and gaps, and the time axis.
 * Only draws; every position comes from the layout.
 */
final class FootageMapPainter {

    record Palette(Color footage, Color returned, Color gap, Color requested, Color selected, Color axis) {
    }

    static final double HEIGHT = 112;
    private static final double REQUESTED_Y = 3;
    private static final double RETURNED_Y = 12;
    private static final double BAR = 6;
    private static final double BAND_TOP = 22;
    private static final double AXIS_ROOM = 24;
    private static final Font LABELS = Font.font(10);

    private FootageMapPainter() {
    }

    static void paint(GraphicsContext g, FootageMapLayout layout, double height, Palette palette) {
        double width = layout.width();
        double bandBottom = height - AXIS_ROOM;
        g.clearRect(0, 0, g.getCanvas().getWidth(), g.getCanvas().getHeight());
        g.setLineDashes();

        g.setFill(palette.gap());
        for (Span gap : layout.gaps()) {
            g.fillRect(gap.x0(), BAND_TOP, gap.width(), bandBottom - BAND_TOP);
        }
        g.setStroke(palette.axis().deriveColor(0, 1, 1, 0.45));
        g.setLineWidth(1);
        for (FragmentBox box : layout.fragments()) {
            Span span = box.span();
            g.setFill(box.returned() ? palette.returned() : palette.footage());
            g.fillRect(span.x0(), BAND_TOP, Math.max(span.width(), 1), bandBottom - BAND_TOP);
            // A line where one fragment ends and the next begins, once they are wide enough to tell apart.
            if (span.width() >= 4) {
                double x = Math.floor(span.x0()) + 0.5;
                g.strokeLine(x, BAND_TOP, x, bandBottom);
            }
        }
        for (FragmentBox box : layout.fragments()) {
            if (box.selected()) {
                g.setStroke(palette.selected());
                g.setLineWidth(2);
                g.strokeRect(box.span().x0() + 1, BAND_TOP + 1, Math.max(box.span().width() - 2, 1), bandBottom - BAND_TOP - 2);
            }
        }

        layout.requested().ifPresent(span -> {
            g.setFill(palette.requested());
            g.fillRect(span.x0(), REQUESTED_Y, Math.max(span.width(), 1), BAR);
            g.setStroke(palette.requested());
            g.setLineWidth(1);
            g.setLineDashes(4, 3);
            g.strokeLine(span.x0() + 0.5, REQUESTED_Y, span.x0() + 0.5, bandBottom);
            g.strokeLine(span.x1() - 0.5, REQUESTED_Y, span.x1() - 0.5, bandBottom);
            g.setLineDashes();
        });
        layout.aligned().ifPresent(span -> {
            g.setStroke(palette.requested());
            g.setLineWidth(1);
            g.strokeRect(span.x0() + 0.5, REQUESTED_Y + 0.5, Math.max(span.width() - 1, 1), BAR - 1);
        });
        layout.returned().ifPresent(span -> {
            g.setFill(palette.returned());
            g.fillRect(span.x0(), RETURNED_Y, Math.max(span.width(), 1), BAR);
        });

        double axisY = bandBottom + 2.5;
        g.setStroke(palette.axis());
        g.setLineWidth(1);
        g.strokeLine(0, axisY, width, axisY);
        g.setFill(palette.axis());
        g.setFont(LABELS);
        g.setTextBaseline(VPos.TOP);
        double zoneWidth = 36;
        for (Tick tick : layout.ticks()) {
            g.strokeLine(tick.x(), axisY, tick.x(), axisY + 4);
            if (tick.x() > 20 && tick.x() < width - zoneWidth - 20) {
                g.setTextAlign(TextAlignment.CENTER);
                g.fillText(tick.label(), tick.x(), axisY + 6);
            }
        }
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(layout.zoneLabel(), width - 2, axisY + 6);
    }
}
