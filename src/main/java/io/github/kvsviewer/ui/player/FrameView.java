package io.github.kvsviewer.ui.player;

import io.github.kvsviewer.ui.Messages;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The frame on screen, scaled to fit with its aspect kept, and beside it what is
 * known about it: exact producer time (large), interpolated time, index and
 * count, fragment; then the requested range beside the returned one, their
 * difference highlighted, and anything the clip did not have that was predicted.
 */
public final class FrameView extends BorderPane {

    private static final double INFO_WIDTH = 380;

    public FrameView(PlayerViewModel model) {
        getStyleClass().add("frame-view");
        getStylesheets().add(PlayerResources.stylesheet());
        setCenter(createPicture(model));
        setRight(createInfo(model, model.messages()));
    }

    private static StackPane createPicture(PlayerViewModel model) {
        ImageView image = new ImageView();
        image.setId("frameImage");
        image.setPreserveRatio(false); // the size is fitted to the clip's aspect below, whichever picture it shows
        image.setSmooth(true);
        image.imageProperty().bind(model.imageProperty());
        Label previewHint = new Label(model.messages().get("frame.preview"));
        previewHint.setId("previewHint");
        previewHint.getStyleClass().add("preview-hint");
        previewHint.visibleProperty().bind(model.showingPreviewProperty());
        StackPane.setAlignment(previewHint, Pos.TOP_LEFT);
        StackPane picture = new StackPane(image, previewHint);
        picture.getStyleClass().add("frame-picture");
        // The picture follows the space it is given, never the other way round, and
        // keeps the clip's aspect: the small scrub preview (its height rounded to even)
        // is scaled to exactly the rectangle of the full frame, so nothing jumps.
        picture.setMinSize(0, 0);
        picture.setPrefSize(640, 360);
        DoubleBinding fitWidth = Bindings.createDoubleBinding(
                () -> Math.min(picture.getWidth(), picture.getHeight() * model.pictureAspectProperty().get()),
                picture.widthProperty(), picture.heightProperty(), model.pictureAspectProperty());
        image.fitWidthProperty().bind(fitWidth);
        image.fitHeightProperty().bind(fitWidth.divide(model.pictureAspectProperty()));
        return picture;
    }

    private static VBox createInfo(PlayerViewModel model, Messages messages) {
        Label exact = label("exactTime", "exact-time", model.frameInfoProperty().map(FrameInfo::exactTime));
        Label interpolated = label("interpolatedTime", "time", model.frameInfoProperty().map(FrameInfo::interpolatedTime));
        Label position = label("framePosition", "position", model.frameInfoProperty().map(FrameInfo::position));
        Label fragment = label("fragmentNumber", "fragment", model.frameInfoProperty().map(FrameInfo::fragment));
        Label failure = label("failure", "failure", model.failureProperty());
        hideWhenEmpty(failure);

        Label requested = label("requestedRange", "time", model.rangesProperty().map(ClipRanges::requested));
        Label requestedDuration = label("requestedDuration", "time",
                model.rangesProperty().map(ClipRanges::requestedDuration));
        Label returned = label("returnedRange", "time", model.rangesProperty().map(ClipRanges::returned));
        Label returnedDuration = label("returnedDuration", "time",
                model.rangesProperty().map(ClipRanges::returnedDuration));
        Label difference = label("rangeDifference", "range-difference", model.rangesProperty().map(ClipRanges::difference));
        model.rangesProperty().addListener((obs, old, ranges) -> markDiffers(difference, ranges.differs()));
        markDiffers(difference, model.rangesProperty().get().differs());

        Label differencesCaption = caption(messages.get("info.differences"));
        Label differences = label("clipDifferences", "clip-differences",
                Bindings.createStringBinding(() -> String.join("\n", model.differences()), model.differences()));
        differencesCaption.visibleProperty().bind(Bindings.isNotEmpty(model.differences()));
        differencesCaption.managedProperty().bind(differencesCaption.visibleProperty());
        hideWhenEmpty(differences);

        VBox info = new VBox(caption(messages.get("info.exactTime")), exact, interpolated, position, fragment, failure,
                new Separator(),
                caption(messages.get("info.requested")), requested, requestedDuration,
                caption(messages.get("info.returned")), returned, returnedDuration,
                caption(messages.get("info.difference")), difference,
                differencesCaption, differences);
        info.getStyleClass().add("frame-info");
        info.setPrefWidth(INFO_WIDTH);
        info.setMinWidth(INFO_WIDTH);
        return info;
    }

    private static Label label(String id, String styleClass, ObservableValue<String> text) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.textProperty().bind(text);
        return label;
    }

    private static Label caption(String text) {
        Label caption = new Label(text);
        caption.getStyleClass().add("caption");
        return caption;
    }

    private static void hideWhenEmpty(Label label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    private static void markDiffers(Label label, boolean differs) {
        if (differs && !label.getStyleClass().contains("differs")) {
            label.getStyleClass().add("differs");
        } else if (!differs) {
            label.getStyleClass().remove("differs");
        }
    }
}
