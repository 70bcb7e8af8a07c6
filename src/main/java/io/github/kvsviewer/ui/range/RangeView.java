package io.github.kvsviewer.ui.range;

import io.github.kvsviewer.ui.Messages;
import java.net.URL;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import javafx.util.converter.LocalDateStringConverter;
import org.controlsfx.control.RangeSlider;

/**
 * The time range panel: date, zoom, a range slider over the window the model
 * shows, and the exact start/end fields. Binds to a {@link RangeViewModel} and
 * forwards what the user does; it computes nothing itself.
 */
public final class RangeView extends VBox {

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private final RangeViewModel model;
    private final RangeSliderModel thumbs;
    private final RangeSlider slider = new RangeSlider(0, 1, 0, 1);
    private final Map<KeyCombination, Runnable> shortcuts;
    /** Set while the model's values are copied into controls, so those changes are not sent back. */
    private boolean showing;

    public RangeView(RangeViewModel model) {
        this.model = model;
        this.thumbs = model.slider();
        Messages text = model.messages();
        getStyleClass().add("range-view");
        getStylesheets().add(stylesheet("range.css"));
        shortcuts = Map.of(
                new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN), model::pageBack,
                new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN), model::pageForward,
                new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN, KeyCombination.SHIFT_DOWN), model::stepBack,
                new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN, KeyCombination.SHIFT_DOWN), model::stepForward);

        TextField start = timeField("rangeStart", model.startTextProperty(), model.startErrorProperty(), model::applyStart,
                text.get("tooltip.start"));
        TextField end = timeField("rangeEnd", model.endTextProperty(), model.endErrorProperty(), model::applyEnd,
                text.get("tooltip.end"));
        Label duration = new Label();
        duration.setId("rangeDuration");
        duration.getStyleClass().add("duration-label");
        duration.textProperty().bind(model.durationTextProperty());
        HBox fields = new HBox(6, new Label(text.get("label.start")), start, new Label(text.get("label.end")), end, duration);
        fields.setAlignment(Pos.CENTER_LEFT);

        Label error = new Label();
        error.setId("rangeError");
        error.getStyleClass().add("range-error");
        error.textProperty().bind(Bindings.createStringBinding(() -> model.startErrorProperty().get().isEmpty()
                ? model.endErrorProperty().get() : model.startErrorProperty().get(),
                model.startErrorProperty(), model.endErrorProperty()));
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        getChildren().addAll(createTopRow(text), createSlider(text), fields, error);
        // Without a range there is nothing to slide; a date or a typed start makes one.
        slider.disableProperty().bind(model.hasRangeProperty().not());
        sceneProperty().addListener((obs, old, scene) -> moveShortcuts(old, scene));
        addEventFilter(KeyEvent.KEY_PRESSED, this::zoomKeys);
    }

    private HBox createTopRow(Messages text) {
        DatePicker date = new DatePicker();
        date.setId("rangeDate");
        date.setConverter(new LocalDateStringConverter(DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ISO_LOCAL_DATE));
        date.setTooltip(new Tooltip(text.get("tooltip.date")));
        date.setValue(model.dayProperty().get());
        model.dayProperty().addListener((obs, old, day) -> whileShowing(() -> date.setValue(day)));
        date.valueProperty().addListener((obs, old, day) -> {
            if (!showing) {
                model.showDay(day);
            }
        });

        Button zoomOut = button("zoomOut", "\u2212", text.get("tooltip.zoomOut"), thumbs::zoomOut);
        zoomOut.disableProperty().bind(thumbs.canZoomOutProperty().not());
        Button zoomIn = button("zoomIn", "+", text.get("tooltip.zoomIn"), thumbs::zoomIn);
        zoomIn.disableProperty().bind(thumbs.canZoomInProperty().not());
        Label level = new Label();
        level.setId("zoomLevel");
        level.getStyleClass().add("zoom-level");
        level.textProperty().bind(Bindings.createStringBinding(() -> text.get("zoom." + thumbs.zoomProperty().get().name()),
                thumbs.zoomProperty()));

        Label zone = new Label();
        zone.setId("rangeZone");
        zone.getStyleClass().add("zone-label");
        zone.textProperty().bind(model.zoneTextProperty());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);

        HBox row = new HBox(6, new Label(text.get("label.date")), date, zone, spring,
                button("pageBack", "\u00ab", text.get("tooltip.pageBack"), model::pageBack),
                button("stepBack", "\u2039", text.get("tooltip.stepBack"), model::stepBack),
                button("stepForward", "\u203a", text.get("tooltip.stepForward"), model::stepForward),
                button("pageForward", "\u00bb", text.get("tooltip.pageForward"), model::pageForward),
                zoomOut, level, zoomIn);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private RangeSlider createSlider(Messages text) {
        slider.setId("rangeSlider");
        slider.setShowTickMarks(true);
        slider.setShowTickLabels(true);
        slider.setMinorTickCount(ZoomLevel.MINOR_TICKS);
        slider.setTooltip(new Tooltip(text.get("tooltip.slider")));
        slider.setLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number value) {
                return thumbs.tickLabel(value.doubleValue());
            }

            @Override
            public Number fromString(String label) {
                throw new UnsupportedOperationException("tick labels are not edited");
            }
        });
        showSlider();
        thumbs.minProperty().addListener(obs -> showSlider());
        thumbs.maxProperty().addListener(obs -> showSlider());
        thumbs.lowValueProperty().addListener(obs -> showSlider());
        thumbs.highValueProperty().addListener(obs -> showSlider());
        thumbs.zoomProperty().addListener(obs -> showSlider());
        slider.lowValueProperty().addListener(obs -> dragged());
        slider.highValueProperty().addListener(obs -> dragged());
        slider.setOnScroll(e -> {
            if (e.getDeltaY() > 0) {
                thumbs.zoomIn();
            } else if (e.getDeltaY() < 0) {
                thumbs.zoomOut();
            }
            e.consume();
        });
        return slider;
    }

    private void dragged() {
        if (!showing) {
            thumbs.dragTo(slider.getLowValue(), slider.getHighValue());
        }
    }

    /**
     * Copies the model's window and thumbs into the slider. The slider clamps each
     * value against the others as it is set, so it first widens, then places the
     * thumbs, then narrows.
     */
    private void showSlider() {
        whileShowing(() -> {
            double min = thumbs.minProperty().get();
            double max = thumbs.maxProperty().get();
            slider.setMax(Math.max(slider.getMax(), max));
            slider.setMin(Math.min(slider.getMin(), min));
            slider.setHighValue(slider.getMax());
            slider.setLowValue(thumbs.lowValueProperty().get());
            slider.setHighValue(thumbs.highValueProperty().get());
            slider.setMin(min);
            slider.setMax(max);
            slider.setMajorTickUnit(thumbs.zoomProperty().get().tickUnit().toMillis());
            slider.setBlockIncrement(thumbs.zoomProperty().get().snap().toMillis());
        });
    }

    private TextField timeField(String id, ReadOnlyStringProperty shown, ReadOnlyStringProperty problem,
            Predicate<String> apply, String tooltip) {
        TextField field = new TextField(shown.get());
        field.setId(id);
        field.getStyleClass().add("time-field");
        field.setPromptText(model.messages().get("prompt.time"));
        field.setTooltip(new Tooltip(tooltip));
        shown.addListener((obs, old, value) -> field.setText(value));
        problem.addListener((obs, old, value) -> {
            field.pseudoClassStateChanged(INVALID, !value.isEmpty());
            if (value.isEmpty()) {
                field.setText(shown.get());
            }
        });
        field.setOnAction(e -> {
            if (apply.test(field.getText())) {
                field.setText(shown.get());
            }
        });
        field.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                model.discardEdits();
                field.setText(shown.get());
                e.consume();
            }
        });
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused && !field.getText().equals(shown.get()) && problem.get().isEmpty()) {
                apply.test(field.getText());
            }
        });
        return field;
    }

    private void zoomKeys(KeyEvent e) {
        if (!e.isShortcutDown()) {
            return;
        }
        switch (e.getCode()) {
            case PLUS, ADD, EQUALS -> thumbs.zoomIn();
            case MINUS, SUBTRACT -> thumbs.zoomOut();
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** The nudge keys work anywhere in the window, not only while a range control has the focus. */
    private void moveShortcuts(Scene from, Scene to) {
        if (from != null) {
            shortcuts.keySet().forEach(from.getAccelerators()::remove);
        }
        if (to != null) {
            to.getAccelerators().putAll(shortcuts);
        }
    }

    private static Button button(String id, String label, String tooltip, Runnable action) {
        Button button = new Button(label);
        button.setId(id);
        button.setTooltip(new Tooltip(tooltip));
        button.setFocusTraversable(false);
        button.setOnAction(e -> action.run());
        return button;
    }

    private void whileShowing(Runnable update) {
        boolean was = showing;
        showing = true;
        try {
            update.run();
        } finally {
            showing = was;
        }
    }

    static String stylesheet(String name) {
        URL url = RangeView.class.getResource(name);
        if (url == null) {
            throw new IllegalStateException("Missing stylesheet " + name + " next to " + RangeView.class.getName());
        }
        return url.toExternalForm();
    }
}
