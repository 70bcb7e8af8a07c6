package io.github.kvsviewer.ui.player;

import io.github.kvsviewer.archive.TimeRange;
import io.github.kvsviewer.clip.TimeDisplay;
import io.github.kvsviewer.ui.Messages;
import java.time.Duration;

/**
 * The requested range beside the range the clip really covers (GetClip returns
 * whole fragments, so they differ), and the difference in words, e.g.
 * "+0.250 s late start, +0.750 s past the end"; {@code differs} when the two ranges are
 * not the same.
 */
public record ClipRanges(String requested, String requestedDuration, String returned, String returnedDuration,
        String difference, boolean differs) {

    static final ClipRanges NONE = new ClipRanges("", "", "", "", "", false);

    static ClipRanges of(TimeRange requested, TimeRange returned, TimeDisplay display, Messages messages) {
        Duration start = Duration.between(requested.start(), returned.start());
        Duration end = Duration.between(requested.end(), returned.end());
        String startText = start.isZero() ? "" : messages.get(start.isNegative() ? "range.earlyStart" : "range.lateStart",
                TimeDisplay.duration(start.abs()));
        String endText = end.isZero() ? "" : messages.get(end.isNegative() ? "range.shortOfEnd" : "range.pastEnd",
                TimeDisplay.duration(end.abs()));
        String difference;
        if (startText.isEmpty() && endText.isEmpty()) {
            difference = messages.get("range.asRequested");
        } else if (startText.isEmpty() || endText.isEmpty()) {
            difference = startText + endText;
        } else {
            difference = messages.get("range.both", startText, endText);
        }
        return new ClipRanges(display.range(requested), TimeDisplay.duration(requested.duration()),
                display.range(returned), TimeDisplay.duration(returned.duration()),
                difference, !start.isZero() || !end.isZero());
    }
}
