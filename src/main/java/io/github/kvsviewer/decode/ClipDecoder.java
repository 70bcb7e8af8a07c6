package io.github.kvsviewer.decode;

import io.github.kvsviewer.archive.ClipBytes;
import io.github.kvsviewer.clip.ClipTimeline;
import io.github.kvsviewer.clip.FrameTimes;
import io.github.kvsviewer.clip.FrameTimes.PartFrames;
import io.github.kvsviewer.decode.UnplayableMedia.PartLabel;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the MP4s of a clip's GetClip calls (fragmented, as the local archive
 * writes them, or traditional, as KVS returns them) as one decoded clip. Each
 * part is read once, packet by packet, to index its frames; the frame times come
 * from {@link FrameTimes} with the fragments each part was expected to hold.
 * Nothing is decoded until a frame is asked for.
 */
public final class ClipDecoder {

    private static final Logger log = LoggerFactory.getLogger(ClipDecoder.class);

    private ClipDecoder() {
    }

    /** As {@link #open(List, DecoderSettings)} with {@link DecoderSettings#defaults()}. */
    public static DecodedClip open(List<ClipBytes> parts) {
        return open(parts, DecoderSettings.defaults());
    }

    /**
     * @param parts the clip's GetClip results in time order, each with the fragments
     *     it was expected to hold (at least one); the MP4 arrays are kept, not copied,
     *     and must not change afterwards
     * @throws io.github.kvsviewer.archive.ArchiveException of kind UNPLAYABLE_MEDIA when
     *     a part is not a readable MP4 with video in it
     * @throws IllegalArgumentException when there is no part or a part expects no fragment
     */
    public static DecodedClip open(List<ClipBytes> parts, DecoderSettings settings) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a clip needs at least one part");
        }
        long started = System.nanoTime();
        List<ClipPart> scanned = new ArrayList<>(parts.size());
        List<PartFrames> frames = new ArrayList<>(parts.size());
        FrameReader firstReader = null;
        try {
            int firstFrame = 0;
            for (int p = 0; p < parts.size(); p++) {
                ClipBytes bytes = parts.get(p);
                if (bytes.expectedFragments().isEmpty()) {
                    throw new IllegalArgumentException("part " + p + " expects no fragment: its frames have no time");
                }
                PartLabel label = new PartLabel(p, parts.size());
                Mp4Boxes.checkWhole(bytes.mp4(), label);
                // Scanned on a display-ready grabber: the first part's becomes its display reader.
                FFmpegFrameGrabber grabber = FrameReader.start(bytes.mp4(), FrameReader.DECODER_FORMAT,
                        settings.displayDecoderThreads(), label);
                PartIndex index;
                try {
                    index = PacketScan.scan(grabber, label);
                } catch (RuntimeException e) {
                    FrameReader.closeQuietly(grabber);
                    throw e;
                }
                FrameReader reader = new FrameReader(grabber, index, firstFrame);
                if (p == 0) {
                    firstReader = reader;
                } else {
                    reader.close();
                }
                checkKeyframes(index, bytes, label);
                scanned.add(new ClipPart(bytes.mp4(), index, firstFrame, label));
                frames.add(new PartFrames(bytes.expectedFragments(), index.framePts()));
                firstFrame += index.frameCount();
            }
            ClipTimeline timeline = FrameTimes.compute(frames);
            ClipPart first = scanned.get(0);
            log.info("Opened a clip of {} frames in {} part(s), {}x{}, in {} ms", timeline.frameCount(),
                    scanned.size(), first.index().width(), first.index().height(),
                    (System.nanoTime() - started) / 1_000_000);
            DecodedClip clip = new InMemoryDecodedClip(timeline, scanned, settings, firstReader);
            firstReader = null;
            return clip;
        } finally {
            if (firstReader != null) {
                firstReader.close();
            }
        }
    }

    /** KVS fragments start with a keyframe; a clip with fewer keyframes lost fragments or was cut short. */
    private static void checkKeyframes(PartIndex index, ClipBytes bytes, PartLabel label) {
        int expected = bytes.expectedFragments().size();
        if (index.keyframeCount() != expected) {
            log.warn("Clip part {} has {} keyframes for {} expected fragments: frame times are taken from the"
                    + " first fragment on", label.index() + 1, index.keyframeCount(), expected);
        }
    }
}
