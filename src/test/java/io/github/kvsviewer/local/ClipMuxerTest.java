package io.github.kvsviewer.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kvsviewer.archive.Fragment;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.Java2DFrameConverter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClipMuxerTest {

    @TempDir
    static Path dataDir;
    static FragmentStore store;
    static List<Fragment> fragments;

    @BeforeAll
    static void generateFootage() throws IOException {
        store = FragmentStore.open(dataDir);
        DemoFootage.ensure(store, "ap-northeast-1", List.of(SmallFootage.SPEC), (s, d, t) -> { });
        fragments = store.fragments(SmallFootage.SPEC.name());
    }

    @Test
    void remuxesEveryFrameWithItsProducerTimeAndKeepsTheGap() throws Exception {
        byte[] mp4 = mux(fragments);

        List<DecodedFrame> decoded = decode(mp4);
        List<Instant> expected = expectedTimes(fragments);
        assertThat(decoded).hasSize(SmallFootage.FRAMES).hasSize(expected.size());
        Instant origin = fragments.get(0).producerTime();
        for (int i = 0; i < decoded.size(); i++) {
            // the picture's own time code says when it was captured ...
            assertThat(decoded.get(i).stripTime()).as("strip of frame %d", i).isEqualTo(expected.get(i));
            // ... and the MP4 timeline puts it there, counted from the first fragment's producer start
            assertThat(decoded.get(i).millisFromStart()).as("pts of frame %d", i)
                    .isEqualTo(Duration.between(origin, expected.get(i)).toMillis());
        }
        // the outage: 2.9 s is the last frame before it, 4.0 s the first after
        assertThat(decoded.get(29).millisFromStart()).isEqualTo(2900);
        assertThat(decoded.get(30).millisFromStart()).isEqualTo(4000);
    }

    /** Only changed regions are repainted and converted: the decoded pictures must still be whole and current. */
    @Test
    void decodedPicturesLookLikeFreshlyPaintedOnes() throws Exception {
        byte[] mp4 = mux(fragments);
        List<Instant> times = expectedTimes(fragments);
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(new ByteArrayInputStream(mp4));
                Java2DFrameConverter converter = new Java2DFrameConverter()) {
            grabber.start();
            for (int i = 0; i < times.size(); i++) {
                BufferedImage decoded = converter.getBufferedImage(grabber.grabImage());
                if (i % 7 == 6) {
                    long frameNumber = Duration.between(SmallFootage.START, times.get(i)).toMillis() / 100;
                    BufferedImage painted = new DemoFramePainter(SmallFootage.SPEC.name(), 480, 270)
                            .paint(frameNumber, times.get(i));
                    assertThat(worstBlockDifference(decoded, painted)).as("frame %d", i).isLessThan(40);
                }
            }
            grabber.stop();
        }
    }

    @Test
    void timeZeroIsTheFirstSegmentsProducerStart() throws Exception {
        List<Fragment> fromThird = fragments.subList(2, fragments.size());

        List<DecodedFrame> decoded = decode(mux(fromThird));

        assertThat(decoded).hasSize(30);
        assertThat(decoded.get(0).millisFromStart()).isZero();
        assertThat(decoded.get(0).stripTime()).isEqualTo(fromThird.get(0).producerTime());
        assertThat(decoded.get(9).millisFromStart()).isEqualTo(900);
        assertThat(decoded.get(10).millisFromStart()).isEqualTo(2000); // after the outage
        assertThat(decoded.get(29).stripTime())
                .isEqualTo(fromThird.get(2).producerTime().plus(fromThird.get(2).length()));
    }

    @Test
    void aSingleFragmentIsAClip() throws Exception {
        List<DecodedFrame> decoded = decode(mux(fragments.subList(4, 5)));

        assertThat(decoded).hasSize(10);
        assertThat(decoded.get(9).stripTime()).isEqualTo(fragments.get(4).producerTime().plusMillis(900));
    }

    /** What real archives hold: one-frame fragments, a fragment that overlaps the one before, a new encoder. */
    @Test
    void copesWithOddFragments() throws Exception {
        Instant t = SmallFootage.START;
        List<ClipSegment> segments = List.of(
                segment(480, 270, t, 0, 100, 200),
                segment(480, 270, t.plusMillis(300), 0),                // a single frame
                segment(480, 270, t.plusMillis(350), 0, 100),           // starts before the previous frame's end
                segment(480, 270, t.plusMillis(400), 0, 100),           // and this one at the previous' last frame
                segment(320, 180, t.plusMillis(2000), 0, 100, 200));    // another encoder, another picture size

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ClipMuxer.write(segments.iterator(), out);
        List<DecodedFrame> decoded = decode(out.toByteArray());

        assertThat(decoded).extracting(DecodedFrame::millisFromStart)
                .containsExactly(0L, 100L, 200L, 300L, 350L, 450L, 451L, 500L, 2000L, 2100L, 2200L);
        // each picture still shows the time it was painted with, whatever the muxer had to do to its timestamp
        assertThat(decoded).extracting(DecodedFrame::stripTime).containsExactly(
                t, t.plusMillis(100), t.plusMillis(200), t.plusMillis(300), t.plusMillis(350), t.plusMillis(450),
                t.plusMillis(400), t.plusMillis(500), t.plusMillis(2000), t.plusMillis(2100), t.plusMillis(2200));
    }

    private static ClipSegment segment(int width, int height, Instant start, int... offsets) throws IOException {
        DemoFramePainter painter = new DemoFramePainter("odd", width, height);
        List<AccessUnit> units = new ArrayList<>();
        try (H264Encoder encoder = new H264Encoder(width, height, 10)) {
            for (int offset : offsets) {
                Instant time = start.plusMillis(offset);
                units.add(encoder.encode(painter.paint(offset / 100, time), painter.changedRegions(), offset,
                        units.isEmpty()));
            }
            return new ClipSegment(start, new FragmentMedia(width, height, encoder.codecPrivateData(), units));
        }
    }

    @Test
    void aFailingOutputStreamEndsTheClipWithItsIOException() {
        OutputStream brokenPipe = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException("Broken pipe");
            }
        };

        assertThatThrownBy(() -> ClipMuxer.write(SmallFootage.segments(store, SmallFootage.SPEC.name(), fragments),
                brokenPipe)).isInstanceOf(IOException.class).hasMessageContaining("Broken pipe");
    }

    @Test
    void noSegmentIsNoClip() {
        assertThatThrownBy(() -> ClipMuxer.write(Collections.emptyIterator(), new ByteArrayOutputStream()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] mux(List<Fragment> selected) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ClipMuxer.write(SmallFootage.segments(store, SmallFootage.SPEC.name(), selected), out);
        return out.toByteArray();
    }

    private static List<Instant> expectedTimes(List<Fragment> selected) throws IOException {
        List<Instant> times = new ArrayList<>();
        for (Fragment fragment : selected) {
            for (AccessUnit unit : store.readMedia(SmallFootage.SPEC.name(), fragment.number()).units()) {
                times.add(fragment.producerTime().plusMillis(unit.offsetMillis()));
            }
        }
        return times;
    }

    /** The largest mean RGB difference over 16x16 blocks: coding noise stays low, a stale customer would not. */
    private static double worstBlockDifference(BufferedImage a, BufferedImage b) {
        double worst = 0;
        for (int by = 0; by + 16 <= a.getHeight(); by += 16) {
            for (int bx = 0; bx + 16 <= a.getWidth(); bx += 16) {
                long sum = 0;
                for (int y = by; y < by + 16; y++) {
                    for (int x = bx; x < bx + 16; x++) {
                        int p = a.getRGB(x, y);
                        int q = b.getRGB(x, y);
                        sum += Math.abs(((p >> 16) & 255) - ((q >> 16) & 255)) + Math.abs(((p >> 8) & 255) - ((q >> 8) & 255))
                                + Math.abs((p & 255) - (q & 255));
                    }
                }
                worst = Math.max(worst, sum / (16.0 * 16 * 3));
            }
        }
        return worst;
    }

    record DecodedFrame(long millisFromStart, Instant stripTime) {
    }

    static List<DecodedFrame> decode(byte[] mp4) throws IOException {
        List<DecodedFrame> frames = new ArrayList<>();
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(new ByteArrayInputStream(mp4))) {
            grabber.start();
            Long first = null;
            Frame frame;
            while ((frame = grabber.grabImage()) != null) {
                if (first == null) {
                    first = frame.timestamp;
                }
                frames.add(new DecodedFrame(Math.round((frame.timestamp - first) / 1000.0),
                        TimeCodeStrip.readInstant(frame)));
            }
            grabber.stop();
        }
        return frames;
    }
}
