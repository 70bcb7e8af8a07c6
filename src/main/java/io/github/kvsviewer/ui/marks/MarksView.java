package io.github.kvsviewer.ui.marks;

import io.github.kvsviewer.export.ExportFormat;
import io.github.kvsviewer.ui.Messages;
import java.io.File;
import java.nio.file.Path;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;

/** Marked frames (click to jump), the mark toggle, and export of the marked frames or the one on screen. */
public final class MarksView extends VBox {

    private final MarksViewModel model;
    private final Messages messages;
    private final Function<MarkedFrame, String> timeText;

    /** @param timeText how a marked frame's time reads (the zone is the session's) */
    public MarksView(MarksViewModel model, Messages messages, Function<MarkedFrame, String> timeText) {
        super(6);
        this.model = model;
        this.messages = messages;
        this.timeText = timeText;
        setPadding(new Insets(8));
        getStyleClass().add("marks");

        ToggleButton mark = new ToggleButton(messages.get("mark"));
        mark.setId("markToggle");
        mark.setTooltip(new Tooltip(messages.get("mark.tooltip")));
        mark.disableProperty().bind(model.hasClipProperty().not());
        model.currentMarkedProperty().addListener((obs, old, marked) -> mark.setSelected(marked));
        mark.setOnAction(e -> {
            model.toggleMark();
            mark.setSelected(model.currentMarkedProperty().get());
        });

        ListView<MarkedFrame> list = new ListView<>(model.marked());
        list.setId("markedFrames");
        list.setPlaceholder(new Label(messages.get("none")));
        list.setPrefHeight(160);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(MarkedFrame frame, boolean empty) {
                super.updateItem(frame, empty);
                setText(empty || frame == null ? null : messages.get("item", frame.index(), MarksView.this.timeText.apply(frame)));
            }
        });
        list.setOnMouseClicked(e -> {
            MarkedFrame selected = list.getSelectionModel().getSelectedItem();
            if (selected != null) {
                model.jumpTo(selected);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);

        ChoiceBox<ExportFormat> format = new ChoiceBox<>();
        format.setId("exportFormat");
        format.getItems().setAll(ExportFormat.values());
        format.valueProperty().bindBidirectional(model.formatProperty());

        Label folder = new Label();
        folder.setId("exportFolder");
        folder.textProperty().bind(Bindings.createStringBinding(() -> model.folderProperty().get() == null
                ? messages.get("noFolder") : model.folderProperty().get().toString(), model.folderProperty()));
        folder.setWrapText(true);
        Button chooseFolder = new Button(messages.get("folder"));
        chooseFolder.setOnAction(e -> chooseFolder());

        Button exportMarked = new Button(messages.get("exportMarked"));
        exportMarked.setId("exportMarked");
        exportMarked.disableProperty().bind(Bindings.isEmpty(model.marked()).or(model.exportingProperty()));
        exportMarked.setOnAction(e -> withFolder(model::exportMarked));

        Button exportCurrent = new Button(messages.get("exportCurrent"));
        exportCurrent.setId("exportCurrent");
        exportCurrent.setTooltip(new Tooltip(messages.get("exportCurrent.tooltip")));
        exportCurrent.disableProperty().bind(model.hasClipProperty().not().or(model.exportingProperty()));
        exportCurrent.setOnAction(e -> withFolder(model::exportCurrent));

        ProgressBar progress = new ProgressBar();
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.exportingProperty());

        Label status = new Label();
        status.setId("exportStatus");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());

        getChildren().addAll(new Label(messages.get("title")), mark, list, new HBox(6, format, chooseFolder), folder,
                new HBox(6, exportMarked, exportCurrent), progress, status);
    }

    /** Export (Ctrl+E) from anywhere in the window. */
    public void exportCurrent() {
        withFolder(model::exportCurrent);
    }

    private void withFolder(Runnable export) {
        if (model.folderProperty().get() == null && !chooseFolder()) {
            return;
        }
        export.run();
    }

    private boolean chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(messages.get("folder.title"));
        Path current = model.folderProperty().get();
        if (current != null && current.toFile().isDirectory()) {
            chooser.setInitialDirectory(current.toFile());
        }
        File chosen = chooser.showDialog(getScene() == null ? null : getScene().getWindow());
        if (chosen != null) {
            model.folderProperty().set(chosen.toPath());
        }
        return chosen != null;
    }
}
