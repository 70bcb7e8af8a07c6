package io.github.kvsviewer.local;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Packages stored fragments as one MP4 for GetClip: the stored H.264 remuxed
 * without re-encoding into a fragmented MP4, so it streams to a socket as it is
 * written.
 *
 * <p>Timeline: time 0 is the first segment's producer start; each access unit sits
 * at its segment's producer start plus its offset, in milliseconds. A gap between
 * fragments stays a gap in the MP4 (a decoder sees the jump in timestamps), so
 * {@code producerStart(first) + pts} is each frame's producer time.
 */
public final class ClipMuxer {

    private static final Logger log = LoggerFactory.getLogger(ClipMuxer.class);

    private ClipMuxer() {
    }

    /**
     * Writes the segments, in order, as one fragmented MP4 to {@code out}: the stored
     * H.264 remuxed without re-encoding, time 0 at the first segment's producer start,
     * gaps between segments kept. Segments are pulled one at a time, so a long clip is
     * never held in memory whole. {@code out} is flushed, not closed.
     *
     * @throws IllegalArgumentException when there is no segment
     * @throws IOException when {@code out} fails (for example the client went away)
     */
    public static void write(Iterator<ClipSegment> segments, OutputStream out) throws IOException {
        if (!segments.hasNext()) {
            throw new IllegalArgumentException("a clip needs at least one segment");
        }
        ClipSegment first = segments.next();
        FragmentMedia firstMedia = first.media();
        try (FragmentedMp4Writer writer = new FragmentedMp4Writer(out, firstMedia.width(), firstMedia.height(),
                firstMedia.codecPrivateData())) {
            Timeline timeline = new Timeline(first.producerStart());
            ClipSegment segment = first;
            while (true) {
                writeSegment(writer, timeline, segment, firstMedia.codecPrivateData());
                if (!segments.hasNext()) {
                    break;
                }
                segment = segments.next(); // only now: the previous fragment's media can be collected
            }
            writer.finish();
            if (timeline.adjusted > 0) {
                log.warn("Fragments overlapped: {} frame(s) moved to 1 ms after the frame before", timeline.adjusted);
            }
        }
    }

    private static void writeSegment(FragmentedMp4Writer writer, Timeline timeline, ClipSegment segment,
            byte[] trackCodecPrivateData) throws IOException {
        FragmentMedia media = segment.media();
        List<AccessUnit> units = media.units();
        long base = timeline.millisFromOrigin(segment.producerStart());
        // A fragment encoded with other parameter sets than the track's: carry its own SPS/PPS in band.
        byte[] inBandParameterSets = Arrays.equals(media.codecPrivateData(), trackCodecPrivateData)
                ? null : AvcBitstream.parameterSetsAsAvcc(media.codecPrivateData());
        for (int i = 0; i < units.size(); i++) {
            AccessUnit unit = units.get(i);
            long duration = frameDuration(units, i).orElse(timeline.lastDuration);
            timeline.lastDuration = duration;
            byte[] data = unit.data();
            if (i == 0 && inBandParameterSets != null) {
                data = concat(inBandParameterSets, data);
            }
            writer.write(timeline.next(base + unit.offsetMillis()), duration, unit.keyframe(), data);
        }
    }

    /**
     * Up to the next frame of the same fragment. The last frame of a fragment gets the
     * one before it's spacing, not the time to the next fragment: across a gap that
     * would stretch one frame over the whole outage.
     */
    private static OptionalLong frameDuration(List<AccessUnit> units, int index) {
        if (index + 1 < units.size()) {
            return OptionalLong.of(units.get(index + 1).offsetMillis() - units.get(index).offsetMillis());
        }
        if (index > 0) {
            return OptionalLong.of(units.get(index).offsetMillis() - units.get(index - 1).offsetMillis());
        }
        return OptionalLong.empty(); // a one-frame fragment: as long as the frame before
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] joined = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }

    /** Milliseconds from the clip's origin, kept strictly increasing as the MP4 muxer requires. */
    private static final class Timeline {
        private final Instant origin;
        private long last = Long.MIN_VALUE;
        private long adjusted;
        private long lastDuration;

        Timeline(Instant origin) {
            this.origin = origin;
        }

        long millisFromOrigin(Instant instant) {
            return Duration.between(origin, instant).toMillis();
        }

        /** Real streams can have fragments that overlap the previous one by a frame or so. */
        long next(long wanted) {
            long dts = wanted;
            if (last != Long.MIN_VALUE && dts <= last) {
                dts = last + 1;
                adjusted++;
            }
            last = dts;
            return dts;
        }
    }
}
