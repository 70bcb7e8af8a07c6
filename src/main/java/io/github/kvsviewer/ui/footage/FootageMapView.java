package io.github.kvsviewer.ui.footage;

import io.github.kvsviewer.ui.Messages;
import io.github.kvsviewer.ui.footage.FootageMapPainter.Palette;
import java.net.URL;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

/**
 * The footage map: a legend, the drawn time line (redrawn when resized or when the
 * model's map changes), Align and Refresh, and an inline status line that shows
 * errors and the fragment under the pointer.
 */
public final class FootageMapView extends VBox {

    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");

    private final FootageMapViewModel model;
    private final Canvas canvas = new Canvas();
    private final Region footage = swatch("swatch-footage");
    private final Region returned = swatch("swatch-returned");
    private final Region gap = swatch("swatch-gap");
    private final Region requested = swatch("swatch-requested");
    private final Region selected = swatch("swatch-selected");
    private final Region aligned = swatch("swatch-aligned");
    private final Region axis = swatch("swatch-axis");

    public FootageMapView(FootageMapViewModel model) {
        this.model = model;
        Messages text = model.messages();
        getStyleClass().add("footage-map-view");
        getStylesheets().add(stylesheet("footage.css"));

        Label title = new Label(text.get("title"));
        title.getStyleClass().add("footage-title");
        Button align = new Button(text.get("button.align"));
        align.setId("align");
        align.setTooltip(new Tooltip(text.get("tooltip.align")));
        align.disableProperty().bind(model.canAlignProperty().not());
        align.setOnAction(e -> model.align());
        Button refresh = new Button(text.get("button.refresh"));
        refresh.setId("refreshFootage");
        refresh.setTooltip(new Tooltip(text.get("tooltip.refresh")));
        refresh.setOnAction(e -> model.refresh());
        // The axis swatch is not in the legend: it only carries the axis colour from the stylesheet.
        axis.setManaged(false);
        axis.setVisible(false);
        FlowPane legend = new FlowPane(10, 2, legendItem(footage, text.get("legend.footage")),
                legendItem(returned, text.get("legend.returned")), legendItem(gap, text.get("legend.gap")),
                legendItem(requested, text.get("legend.requested")), legendItem(aligned, text.get("legend.aligned")),
                legendItem(selected, text.get("legend.selected")), axis);
        legend.setPrefWrapLength(560);
        HBox.setHgrow(legend, Priority.ALWAYS);
        HBox top = new HBox(10, title, legend, align, refresh);
        top.setAlignment(Pos.CENTER_LEFT);

        canvas.setId("footageCanvas");
        Pane holder = new Pane(canvas);
        holder.getStyleClass().add("footage-canvas-holder");
        // The canvas follows the holder's size; the holder's own preferred size must not follow the canvas.
        holder.setPrefSize(600, FootageMapPainter.HEIGHT);
        holder.setMinWidth(0);
        holder.setMinHeight(FootageMapPainter.HEIGHT);
        canvas.widthProperty().bind(holder.widthProperty());
        canvas.heightProperty().bind(holder.heightProperty());
        canvas.widthProperty().addListener(obs -> redraw());
        canvas.heightProperty().addListener(obs -> redraw());
        model.mapProperty().addListener(obs -> redraw());
        for (Region swatch : new Region[] {footage, returned, gap, requested, selected, axis}) {
            swatch.backgroundProperty().addListener(obs -> redraw());
        }
        canvas.setOnMouseMoved(e -> model.hover(e.getX(), canvas.getWidth()));
        canvas.setOnMouseExited(e -> model.hoverEnded());
        canvas.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                model.clickAt(e.getX(), canvas.getWidth());
            }
        });
        canvas.cursorProperty().bind(Bindings.when(model.hoverTextProperty().isEmpty())
                .then(Cursor.DEFAULT).otherwise(Cursor.HAND));
        Tooltip.install(canvas, new Tooltip(text.get("tooltip.map")));

        Label status = new Label();
        status.setId("footageStatus");
        status.getStyleClass().add("footage-status");
        status.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(status, Priority.ALWAYS);
        status.textProperty().bind(Bindings.when(model.hoverTextProperty().isEmpty())
                .then(model.statusProperty()).otherwise(model.hoverTextProperty()));
        Runnable showError = () -> status.pseudoClassStateChanged(ERROR,
                model.failedProperty().get() && model.hoverTextProperty().get().isEmpty());
        model.failedProperty().addListener(obs -> showError.run());
        model.hoverTextProperty().addListener(obs -> showError.run());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(model.busyProperty());
        HBox bottom = new HBox(6, busy, status);
        bottom.setAlignment(Pos.CENTER_LEFT);

        getChildren().addAll(top, holder, bottom);
        VBox.setVgrow(holder, Priority.ALWAYS);
    }

    private void redraw() {
        // Greys only until the stylesheet has coloured the swatches (before the first CSS pass).
        Palette palette = new Palette(color(footage, Color.gray(0.6)), color(returned, Color.gray(0.3)),
                color(gap, Color.gray(0.9)), color(requested, Color.gray(0.2)), color(selected, Color.BLACK),
                color(axis, Color.gray(0.35)));
        FootageMapPainter.paint(canvas.getGraphicsContext2D(), model.layout(canvas.getWidth()), canvas.getHeight(), palette);
    }

    /** The colour the stylesheet gave a legend swatch; the fallback until CSS has been applied. */
    private static Color color(Region swatch, Color fallback) {
        if (swatch.getBackground() == null || swatch.getBackground().getFills().isEmpty()) {
            return fallback;
        }
        Paint fill = swatch.getBackground().getFills().get(0).getFill();
        return fill instanceof Color color ? color : fallback;
    }

    private static Region swatch(String styleClass) {
        Region swatch = new Region();
        swatch.getStyleClass().addAll("swatch", styleClass);
        return swatch;
    }

    private static HBox legendItem(Region swatch, String label) {
        HBox item = new HBox(4, swatch, new Label(label));
        item.getStyleClass().add("legend-item");
        item.setAlignment(Pos.CENTER_LEFT);
        return item;
    }

    private static String stylesheet(String name) {
        URL url = FootageMapView.class.getResource(name);
        if (url == null) {
            throw new IllegalStateException("Missing stylesheet " + name + " next to " + FootageMapView.class.getName());
        }
        return url.toExternalForm();
    }
}
