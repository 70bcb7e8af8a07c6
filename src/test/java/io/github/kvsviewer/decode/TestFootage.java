package io.github.kvsviewer.decode;

import io.github.kvsviewer.archive.ClipBytes;
import io.github.kvsviewer.archive.Fragment;
import io.github.kvsviewer.archive.TimeRange;
import io.github.kvsviewer.local.AccessUnit;
import io.github.kvsviewer.local.ClipMuxer;
import io.github.kvsviewer.local.ClipSegment;
import io.github.kvsviewer.local.DemoFootage;
import io.github.kvsviewer.local.DemoStreamSpec;
import io.github.kvsviewer.local.FragmentMedia;
import io.github.kvsviewer.local.FragmentStore;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.SeekableByteArrayOutputStream;

/**
 * Small demo footage in a temp store and the GetClip MP4s made of it: 480x270 at
 * 10 fps, 1 s fragments, 6 s from 10:00:00.250 JST with a 1 s outage from
 * 10:00:03.250, so 5 fragments of 10 frames and a 1.1 s jump between the third
 * and the fourth. Every frame carries its producer time in its time-code strip.
 */
final class TestFootage {

    static final Instant START = OffsetDateTime.parse("2026-11-20T10:00:00.250+09:00").toInstant();
    static final TimeRange GAP = new TimeRange(START.plusSeconds(3), START.plusSeconds(4));
    static final DemoStreamSpec SPEC = new DemoStreamSpec("decode-shelf", 480, 270, 10, Duration.ofSeconds(1),
            START, Duration.ofSeconds(6), List.of(GAP));
    static final int FRAGMENTS = 5;
    static final int FRAMES = 50;

    final FragmentStore store;
    final DemoStreamSpec spec;
    final List<Fragment> fragments;

    private TestFootage(FragmentStore store, DemoStreamSpec spec) {
        this.store = store;
        this.spec = spec;
        this.fragments = store.fragments(spec.name());
    }

    private static TestFootage shared;
    private static TestFootage smaller;

    /**
     * Generated once per test JVM (encoding takes a couple of seconds) in a temp folder
     * removed when the JVM exits.
     */
    static synchronized TestFootage shared() throws IOException {
        if (shared == null) {
            Path dir = Files.createTempDirectory("decode-footage");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(dir)));
            shared = generate(dir);
        }
        return shared;
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temp folder left behind is harmless
        }
    }

    static TestFootage generate(Path dataDir) throws IOException {
        return generate(FragmentStore.open(dataDir), SPEC);
    }

    /**
     * The same timeline from a camera with a 384x216 picture: scaled to 480x270 its
     * strip cells (8 pixels) become exactly the 10 pixels of the main footage's.
     */
    static synchronized TestFootage smaller() throws IOException {
        if (smaller == null) {
            DemoStreamSpec spec = new DemoStreamSpec("decode-shelf-small", 384, 216, SPEC.framesPerSecond(),
                    SPEC.fragmentLength(), SPEC.start(), SPEC.duration(), SPEC.gaps());
            smaller = generate(shared().store, spec);
        }
        return smaller;
    }

    /** One clip in two GetClip parts: the first 3 fragments from the shared footage, the rest from {@link #smaller()}. */
    static List<ClipBytes> partsOfTwoPictureSizes() throws IOException {
        TestFootage larger = shared();
        TestFootage smaller = smaller();
        List<Fragment> before = larger.fragments.subList(0, 3);
        List<Fragment> after = smaller.fragments.subList(3, FRAGMENTS);
        return List.of(clipBytes(before, larger.fragmentedMp4(before)), clipBytes(after, smaller.fragmentedMp4(after)));
    }

    private static TestFootage generate(FragmentStore store, DemoStreamSpec spec) throws IOException {
        DemoFootage.ensure(store, "ap-northeast-1", List.of(spec), (stream, done, total) -> { });
        return new TestFootage(store, spec);
    }

    /** The fragmented MP4 the local archive's GetClip returns for these fragments. */
    byte[] fragmentedMp4(List<Fragment> selected) throws IOException {
        List<ClipSegment> segments = new ArrayList<>();
        for (Fragment fragment : selected) {
            segments.add(new ClipSegment(fragment.producerTime(), store.readMedia(spec.name(), fragment.number())));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ClipMuxer.write(segments.iterator(), out);
        return out.toByteArray();
    }

    /**
     * A fragment's pictures at other times (variable frame rate): the same encoded
     * pictures, whose strips still show their original times, at {@code offsets}
     * milliseconds after the fragment's start.
     */
    byte[] retimedMp4(Fragment fragment, int[] offsets) throws IOException {
        FragmentMedia media = store.readMedia(spec.name(), fragment.number());
        List<AccessUnit> units = new ArrayList<>();
        for (int i = 0; i < media.units().size(); i++) {
            AccessUnit unit = media.units().get(i);
            units.add(new AccessUnit(offsets[i], unit.keyframe(), unit.data()));
        }
        FragmentMedia retimed = new FragmentMedia(media.width(), media.height(), media.codecPrivateData(), units);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ClipMuxer.write(List.of(new ClipSegment(fragment.producerTime(), retimed)).iterator(), out);
        return out.toByteArray();
    }

    /** A demo stream generated into {@code dataDir} (kept when already there), whole, as one GetClip result. */
    static ClipBytes wholeStream(Path dataDir, DemoStreamSpec spec) throws IOException {
        FragmentStore store = FragmentStore.open(dataDir);
        DemoFootage.ensure(store, "ap-northeast-1", List.of(spec), (stream, done, total) -> { });
        List<Fragment> fragments = store.fragments(spec.name());
        List<ClipSegment> segments = new ArrayList<>();
        for (Fragment fragment : fragments) {
            segments.add(new ClipSegment(fragment.producerTime(), store.readMedia(spec.name(), fragment.number())));
        }
        ByteArrayOutputStream mp4 = new ByteArrayOutputStream();
        ClipMuxer.write(segments.iterator(), mp4);
        return clipBytes(fragments, mp4.toByteArray());
    }

    /** One GetClip result: the MP4 and the fragments it holds. */
    static ClipBytes clipBytes(List<Fragment> selected, byte[] mp4) {
        TimeRange requested = new TimeRange(selected.get(0).producerTime(),
                selected.get(selected.size() - 1).producerTime());
        return new ClipBytes(mp4, requested, selected);
    }

    /** Each stored frame's producer time: its fragment's start plus its offset. */
    List<Instant> producerTimes(List<Fragment> selected) throws IOException {
        List<Instant> times = new ArrayList<>();
        for (Fragment fragment : selected) {
            for (AccessUnit unit : store.readMedia(spec.name(), fragment.number()).units()) {
                times.add(fragment.producerTime().plusMillis(unit.offsetMillis()));
            }
        }
        return times;
    }

    /**
     * The same packets in a traditional (non-fragmented) MP4, as KVS's GetClip returns:
     * one moov (written at the end) indexing one mdat. Remuxed, not re-encoded.
     */
    static byte[] traditionalMp4(byte[] fragmented) throws IOException {
        SeekableByteArrayOutputStream out = new SeekableByteArrayOutputStream();
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(new ByteArrayInputStream(fragmented))) {
            grabber.start();
            try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(out, grabber.getImageWidth(),
                    grabber.getImageHeight(), 0)) {
                recorder.setFormat("mp4");
                recorder.start(grabber.getFormatContext());
                AVPacket packet;
                while ((packet = grabber.grabPacket()) != null) {
                    recorder.recordPacket(packet); // the muxer takes the packet's data over
                }
                recorder.stop();
            }
            grabber.stop();
        }
        return out.toByteArray();
    }

    /** Where one encoded picture lies in an MP4, as FFmpeg's demuxer reports it. */
    record Sample(long pts, boolean keyframe, int offset, int size) {
    }

    /** The video samples of an MP4, in decode order. */
    static List<Sample> videoSamples(byte[] mp4) throws IOException {
        List<Sample> samples = new ArrayList<>();
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(new ByteArrayInputStream(mp4))) {
            grabber.start();
            AVPacket packet;
            while ((packet = grabber.grabPacket()) != null) {
                if (packet.stream_index() == grabber.getVideoStream()) {
                    samples.add(new Sample(packet.pts(), (packet.flags() & avcodec.AV_PKT_FLAG_KEY) != 0,
                            Math.toIntExact(packet.pos()), packet.size()));
                }
                avcodec.av_packet_unref(packet);
            }
            grabber.stop();
        }
        return samples;
    }
}
