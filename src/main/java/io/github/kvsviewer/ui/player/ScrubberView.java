package io.github.kvsviewer.ui.player;

import io.github.kvsviewer.ui.Messages;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * Play/pause and a slider over the frames. While the thumb is dragged the slider
 * only seeks (a preview that keeps up with the mouse: the presenter drops frames
 * the mouse has left) and is never written back; when the drag ends the exact
 * frame under it is shown and the slider follows the model again. With the focus
 * on the slider the player's keys ({@link PlayerKeys}) replace the slider's own.
 */
public final class ScrubberView extends HBox {

    private final PlayerViewModel model;
    private final Slider slider = new Slider(0, 0, 0);
    private boolean followingModel;

    public ScrubberView(PlayerViewModel model) {
        this.model = model;
        Messages messages = model.messages();
        getStyleClass().add("scrubber-view");
        getStylesheets().add(PlayerResources.stylesheet());

        Button play = new Button();
        play.setId("playButton");
        play.setFocusTraversable(false); // Space belongs to the scrubber's keys
        play.textProperty().bind(Bindings.when(model.playingProperty())
                .then(messages.get("scrubber.pause")).otherwise(messages.get("scrubber.play")));
        play.setOnAction(e -> model.togglePlay());
        play.disableProperty().bind(model.hasClipProperty().not());

        slider.setId("scrubber");
        slider.setBlockIncrement(1);
        slider.setMaxWidth(Double.MAX_VALUE);
        slider.setTooltip(new Tooltip(messages.get("scrubber.tooltip")));
        slider.maxProperty().bind(Bindings.max(0, model.frameCountProperty().subtract(1)));
        slider.disableProperty().bind(model.hasClipProperty().not());
        HBox.setHgrow(slider, Priority.ALWAYS);

        Label position = new Label();
        position.setId("scrubberPosition");
        position.getStyleClass().add("position");
        position.textProperty().bind(model.frameInfoProperty().map(FrameInfo::position));

        getChildren().addAll(play, slider, position);
        bindSlider();
    }

    private void bindSlider() {
        slider.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (PlayerKeys.handle(event, model)) {
                event.consume();
            }
        });
        slider.valueProperty().addListener((obs, old, value) -> {
            if (followingModel) {
                return;
            }
            int index = (int) Math.round(value.doubleValue());
            if (slider.isValueChanging()) {
                model.seekWhileDragging(index);
            } else {
                model.seekDone(index); // a click on the track
            }
        });
        slider.valueChangingProperty().addListener((obs, was, changing) -> {
            if (!changing) {
                model.seekDone((int) Math.round(slider.getValue()));
                follow(model.currentIndexProperty().get());
            }
        });
        model.currentIndexProperty().addListener((obs, old, index) -> {
            if (!slider.isValueChanging()) {
                follow(index.intValue());
            }
        });
        follow(model.currentIndexProperty().get());
    }

    /** Moves the thumb to the model's frame without seeking again. */
    private void follow(int index) {
        followingModel = true;
        try {
            slider.setValue(index);
        } finally {
            followingModel = false;
        }
    }

    /** The slider, for the window to give it the focus. */
    public Slider slider() {
        return slider;
    }
}
