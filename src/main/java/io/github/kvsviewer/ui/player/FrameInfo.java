package io.github.kvsviewer.ui.player;

import io.github.kvsviewer.clip.FrameTime;
import io.github.kvsviewer.clip.TimeDisplay;
import io.github.kvsviewer.ui.Messages;
import java.time.Duration;
import java.time.Instant;

/**
 * What the info panel says about the frame on screen: its exact producer time in
 * the display zone to the millisecond ("2026-11-20 10:00:04.250 JST"), the classic
 * interpolated time beside it with how far off that is, "Frame 12 / 60" (the index
 * as in export file names and the CSV, then the frame count), and its fragment.
 */
public record FrameInfo(String exactTime, String interpolatedTime, String position, String fragment) {

    static FrameInfo none(String exactTime) {
        return new FrameInfo(exactTime, "", "", "");
    }

    static FrameInfo of(FrameTime frame, int frameCount, TimeDisplay display, Messages messages) {
        long offset = Duration.between(frame.exact(), frame.interpolated()).toMillis();
        return new FrameInfo(timeText(display, frame.exact()),
                messages.get("frame.interpolated", timeText(display, frame.interpolated()), offset),
                messages.get("frame.position", frame.index(), frameCount),
                messages.get("frame.fragment", frame.fragmentNumber()));
    }

    /** "2026-11-20 10:00:04.250 JST". */
    static String timeText(TimeDisplay display, Instant instant) {
        return display.dateTime(instant) + " " + display.zoneName(instant);
    }
}
