package io.github.kvsviewer.ui.connection;

import io.github.kvsviewer.ui.Messages;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The connection bar: archive choice, region, endpoint override, Connect, and what it is connected to. */
public final class ConnectionView extends HBox {

    public ConnectionView(ConnectionViewModel model, Messages messages) {
        super(8);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(6, 8, 6, 8));
        getStyleClass().add("connection-bar");

        ComboBox<String> choice = new ComboBox<>(model.choices());
        choice.setId("connectionChoice");
        choice.valueProperty().bindBidirectional(model.choiceProperty());
        choice.setTooltip(new Tooltip(messages.get("choice.tooltip")));

        TextField region = new TextField();
        region.setId("region");
        region.setPromptText(messages.get("region.prompt"));
        region.setPrefColumnCount(10);
        region.textProperty().bindBidirectional(model.regionProperty());
        region.disableProperty().bind(model.awsFieldsEnabledProperty().not());

        TextField endpoint = new TextField();
        endpoint.setId("endpoint");
        endpoint.setPromptText(messages.get("endpoint.prompt"));
        endpoint.setPrefColumnCount(18);
        endpoint.textProperty().bindBidirectional(model.endpointProperty());
        endpoint.disableProperty().bind(model.awsFieldsEnabledProperty().not());

        Button connect = new Button(messages.get("connect"));
        connect.setId("connect");
        connect.disableProperty().bind(model.busyProperty());
        connect.setOnAction(e -> model.connect());

        ProgressBar progress = new ProgressBar();
        progress.setPrefWidth(120);
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.busyProperty());
        progress.managedProperty().bind(model.busyProperty());

        Label status = new Label();
        status.setId("connectionStatus");
        status.textProperty().bind(model.statusProperty());
        status.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(status, Priority.ALWAYS);

        Label archive = new Label(messages.get("archive"));
        // Long progress messages shrink the status, never the label or the button.
        archive.setMinWidth(Region.USE_PREF_SIZE);
        connect.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(archive, choice, region, endpoint, connect, progress, status);
    }
}
