package io.github.kvsviewer.ui.streams;

import io.github.kvsviewer.archive.StreamInfo;
import io.github.kvsviewer.ui.Messages;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The stream picker: a filter box, the streams with media type and retention, and a status line. */
public final class StreamListView extends VBox {

    public StreamListView(StreamListViewModel model, Messages messages) {
        super(6);
        setPadding(new Insets(8));
        getStyleClass().add("stream-list");

        TextField filter = new TextField();
        filter.setId("streamFilter");
        filter.setPromptText(messages.get("filter.prompt"));
        filter.textProperty().bindBidirectional(model.filterProperty());

        ListView<StreamInfo> list = new ListView<>(model.streams());
        list.setId("streamList");
        list.setPlaceholder(new Label(messages.get("none")));
        list.setCellFactory(view -> new StreamCell(messages));
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, stream) -> model.select(stream));
        VBox.setVgrow(list, Priority.ALWAYS);

        Label status = new Label();
        status.setId("streamStatus");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());

        getChildren().addAll(new Label(messages.get("title")), filter, list, status);
        // The session may choose the stream itself (the remembered one): show it selected.
        model.selectedProperty().addListener((obs, old, stream) -> {
            if (stream != null && stream != list.getSelectionModel().getSelectedItem()) {
                list.getSelectionModel().select(stream);
                list.scrollTo(stream);
            }
        });
    }

    private static final class StreamCell extends ListCell<StreamInfo> {
        private final Messages messages;

        StreamCell(Messages messages) {
            this.messages = messages;
        }

        @Override
        protected void updateItem(StreamInfo stream, boolean empty) {
            super.updateItem(stream, empty);
            setText(empty || stream == null ? null
                    : stream.name() + "\n" + messages.get("details", stream.mediaType(), stream.retentionHours()));
        }
    }
}
