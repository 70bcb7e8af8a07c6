package io.github.kvsviewer.ui.streams;

import io.github.kvsviewer.archive.StreamInfo;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** The streams of the connected archive, with what the connection is doing. */
public final class StreamListView extends BorderPane {

    public StreamListView(StreamListViewModel model) {
        ListView<StreamInfo> list = new ListView<>(model.streams());
        list.setId("streamList");
        list.setPlaceholder(new Label("No streams yet"));
        list.setCellFactory(view -> new StreamCell());

        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(model.statusProperty());
        status.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(status, Priority.ALWAYS);
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(model.progressProperty());
        bar.visibleProperty().bind(model.busyProperty());
        bar.setPrefWidth(200);

        HBox statusBar = new HBox(8, status, bar);
        statusBar.setPadding(new Insets(6));
        setCenter(list);
        setBottom(statusBar);
    }

    private static final class StreamCell extends ListCell<StreamInfo> {
        @Override
        protected void updateItem(StreamInfo stream, boolean empty) {
            super.updateItem(stream, empty);
            setText(empty || stream == null ? null
                    : stream.name() + "   " + stream.mediaType() + "   retention " + stream.retentionHours() + " h");
        }
    }
}
