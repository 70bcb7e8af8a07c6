package io.github.kvsviewer.ui.load;

import io.github.kvsviewer.ui.Messages;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** Load and Cancel, the progress of a load, and its outcome. */
public final class LoadView extends HBox {

    public LoadView(LoadViewModel model, Messages messages) {
        super(8);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("load-bar");

        Button load = new Button(messages.get("load"));
        load.setId("load");
        load.setDefaultButton(true);
        load.setTooltip(new Tooltip(messages.get("load.tooltip")));
        load.disableProperty().bind(model.canLoadProperty().not());
        load.setOnAction(e -> model.load());

        Button cancel = new Button(messages.get("cancel"));
        cancel.setId("cancelLoad");
        cancel.setCancelButton(true);
        cancel.disableProperty().bind(model.loadingProperty().not());
        cancel.setOnAction(e -> model.cancel());

        ProgressBar progress = new ProgressBar();
        progress.setId("loadProgress");
        progress.setPrefWidth(180);
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.loadingProperty());

        Label status = new Label();
        status.setId("loadStatus");
        status.setWrapText(true);
        status.setMaxWidth(Double.MAX_VALUE);
        status.textProperty().bind(model.statusProperty());
        HBox.setHgrow(status, Priority.ALWAYS);

        getChildren().addAll(load, cancel, progress, status);
    }
}
