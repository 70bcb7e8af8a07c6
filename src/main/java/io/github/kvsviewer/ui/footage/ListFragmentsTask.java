package io.github.kvsviewer.ui.footage;

import io.github.kvsviewer.archive.Fragment;
import io.github.kvsviewer.archive.TimeRange;
import io.github.kvsviewer.archive.TimestampKind;
import io.github.kvsviewer.ui.OpenArchive;
import java.util.List;
import javafx.concurrent.Task;

/** ListFragments over a span of producer time, all pages: one HTTP round trip per page. */
final class ListFragmentsTask extends Task<List<Fragment>> {

    private final OpenArchive archive;
    private final String stream;
    private final TimeRange span;

    ListFragmentsTask(OpenArchive archive, String stream, TimeRange span) {
        this.archive = archive;
        this.stream = stream;
        this.span = span;
    }

    OpenArchive archive() {
        return archive;
    }

    String stream() {
        return stream;
    }

    TimeRange span() {
        return span;
    }

    @Override
    protected List<Fragment> call() {
        return archive.archive().listFragments(stream, span, TimestampKind.PRODUCER);
    }
}
