package io.github.kvsviewer.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kvsviewer.archive.ClipBytes;
import io.github.kvsviewer.clip.ClipTimeline;
import io.github.kvsviewer.local.TimeCodeStrip;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One GetClip MP4 (fragmented, as the local archive writes it) decoded frame by frame. */
class ClipDecoderTest {

    private static final Logger log = LoggerFactory.getLogger(ClipDecoderTest.class);

    static TestFootage footage;
    static ClipBytes clip;
    static List<Instant> stored;
    static ExecutorService threads;

    @BeforeAll
    static void makeClip() throws IOException {
        footage = TestFootage.shared();
        clip = TestFootage.clipBytes(footage.fragments, footage.fragmentedMp4(footage.fragments));
        stored = footage.producerTimes(footage.fragments);
        threads = Executors.newFixedThreadPool(2);
    }

    @AfterAll
    static void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void everyStoredFrameIsIndexedWithItsProducerTime() {
        try (DecodedClip decoded = ClipDecoder.open(List.of(clip))) {
            ClipTimeline timeline = decoded.timeline();

            assertThat(timeline.frameCount()).isEqualTo(TestFootage.FRAMES).isEqualTo(stored.size());
            assertThat(timeline.frames()).extracting(f -> f.exact()).containsExactlyElementsOf(stored);
            assertThat(decoded.width()).isEqualTo(480);
            assertThat(decoded.height()).isEqualTo(270);
            assertThat(timeline.returned().start()).isEqualTo(TestFootage.START);
            assertThat(timeline.frame(10).fragmentNumber()).isEqualTo(footage.fragments.get(1).number());
        }
    }

    @Test
    void sequentialDisplayFramesShowTheirExactTimeWithoutSeeking() {
        try (InMemoryDecodedClip decoded = (InMemoryDecodedClip) ClipDecoder.open(List.of(clip))) {
            long started = System.nanoTime();
            for (int i = 0; i < TestFootage.FRAMES; i++) {
                DisplayFrame frame = decoded.displayFrame(i);

                assertThat(frame.index()).isEqualTo(i);
                assertThat(strip(frame)).as("strip of frame %d", i).isEqualTo(decoded.timeline().frame(i).exact());
            }
            log.info("Sequential display: {} ms a frame", elapsedMs(started) / TestFootage.FRAMES);
            // one seek to the start (the index scan left the grabber at the end), then plain decoding
            assertThat(decoded.displaySeeks()).isEqualTo(1);
        }
    }

    @Test
    void displayFramesInShuffledOrderAreExact() {
        List<Integer> order = shuffled(TestFootage.FRAMES, 42);
        // no cache: every frame is decoded, most after a seek
        try (InMemoryDecodedClip decoded = (InMemoryDecodedClip) ClipDecoder.open(List.of(clip),
                DecoderSettings.defaults().withDisplayCacheBytes(0))) {
            long started = System.nanoTime();
            for (int i : order) {
                assertThat(strip(decoded.displayFrame(i))).as("strip of frame %d", i)
                        .isEqualTo(decoded.timeline().frame(i).exact());
            }
            log.info("Random display: {} ms a frame, {} seeks for {} frames", elapsedMs(started) / order.size(),
                    decoded.displaySeeks(), order.size());
            assertThat(decoded.displaySeeks()).isGreaterThan(TestFootage.FRAMES / 2);
        }
    }

    @Test
    void framesAroundTheGapKeepTheirExactTimes() {
        try (DecodedClip decoded = ClipDecoder.open(List.of(clip))) {
            ClipTimeline timeline = decoded.timeline();
            // 3 fragments of 10 frames before the outage, then a 1.1 s jump
            assertThat(timeline.frame(29).exact()).isEqualTo(TestFootage.START.plusMillis(2900));
            assertThat(timeline.frame(30).exact()).isEqualTo(footage.fragments.get(3).producerTime())
                    .isEqualTo(TestFootage.START.plusMillis(4000));
            assertThat(timeline.frame(30).fragmentNumber()).isEqualTo(footage.fragments.get(3).number());

            for (int i : new int[] {30, 29, 31, 39, 40, 28}) {
                assertThat(strip(decoded.displayFrame(i))).as("strip of frame %d", i)
                        .isEqualTo(timeline.frame(i).exact());
            }
        }
    }

    @Test
    void steppingBackwardDecodesEachKeyframeRunOnce() {
        try (InMemoryDecodedClip decoded = (InMemoryDecodedClip) ClipDecoder.open(List.of(clip))) {
            for (int i = TestFootage.FRAMES - 1; i >= 0; i--) {
                assertThat(strip(decoded.displayFrame(i))).as("strip of frame %d", i)
                        .isEqualTo(decoded.timeline().frame(i).exact());
            }
            // frame 49, then one seek per keyframe run (48, 39, 29, 19, 9); the rest come from the cache
            assertThat(decoded.displaySeeks()).isEqualTo(1 + TestFootage.FRAGMENTS);
        }
    }

    @Test
    void steppingBackwardWithASmallCacheDecodesTheRunsLastFramesOnly() {
        long frameBytes = 480L * 270 * 4;
        DecoderSettings sixFrames = DecoderSettings.defaults().withDisplayCacheBytes(6 * frameBytes);
        try (InMemoryDecodedClip decoded = (InMemoryDecodedClip) ClipDecoder.open(List.of(clip), sixFrames)) {
            for (int i = TestFootage.FRAMES - 1; i >= 0; i--) {
                assertThat(strip(decoded.displayFrame(i))).as("strip of frame %d", i)
                        .isEqualTo(decoded.timeline().frame(i).exact());
                assertThat(decoded.cache().bytes()).isLessThanOrEqualTo(6 * frameBytes);
            }
            // each seek caches the target and the two frames before it (half the budget): four seeks
            // per 10-frame run, at frames 39, 36, 33, 30 say (at 49, 48, 45, 42 in the first: 49 is no step back)
            assertThat(decoded.displaySeeks()).isEqualTo(4 * TestFootage.FRAGMENTS);
        }
    }

    @Test
    void exportedImagesAreExactFullResolutionAndTheCallersOwn() {
        try (DecodedClip decoded = ClipDecoder.open(List.of(clip))) {
            long started = System.nanoTime();
            List<BufferedImage> images = new ArrayList<>();
            int[] sample = {17, 0, 49, 30, 29, 9, 10, 3, 44};
            for (int i : sample) {
                BufferedImage image = decoded.exportImage(i);

                assertThat(image.getType()).isEqualTo(BufferedImage.TYPE_3BYTE_BGR);
                assertThat(image.getWidth()).isEqualTo(480);
                assertThat(image.getHeight()).isEqualTo(270);
                assertThat(TimeCodeStrip.readInstant(image)).as("strip of frame %d", i)
                        .isEqualTo(decoded.timeline().frame(i).exact());
                images.add(image);
            }
            log.info("Random export: {} ms a frame", elapsedMs(started) / sample.length);
            // later decoding never touched the images handed out before
            for (int k = 0; k < sample.length; k++) {
                assertThat(TimeCodeStrip.readInstant(images.get(k))).isEqualTo(decoded.timeline().frame(sample[k]).exact());
            }
        }
    }

    @Test
    void displayAndExportRunAtTheSameTime() throws Exception {
        try (DecodedClip decoded = ClipDecoder.open(List.of(clip))) {
            Callable<Integer> display = () -> {
                for (int i : shuffled(TestFootage.FRAMES, 7)) {
                    assertThat(strip(decoded.displayFrame(i))).isEqualTo(decoded.timeline().frame(i).exact());
                }
                return TestFootage.FRAMES;
            };
            Callable<Integer> export = () -> {
                for (int i : shuffled(TestFootage.FRAMES, 8)) {
                    assertThat(TimeCodeStrip.readInstant(decoded.exportImage(i)))
                            .isEqualTo(decoded.timeline().frame(i).exact());
                }
                return TestFootage.FRAMES;
            };
            Future<Integer> displayed = threads.submit(display);
            Future<Integer> exported = threads.submit(export);

            assertThat(displayed.get()).isEqualTo(TestFootage.FRAMES);
            assertThat(exported.get()).isEqualTo(TestFootage.FRAMES);
        }
    }

    @Test
    void displayFramesAreTightlyPackedReadOnlyViews() {
        try (DecodedClip decoded = ClipDecoder.open(List.of(clip))) {
            DisplayFrame first = decoded.displayFrame(5);
            first.bgra().position(100);
            DisplayFrame again = decoded.displayFrame(5); // from the cache

            assertThat(first.stride()).isEqualTo(480 * 4);
            assertThat(first.bgra().capacity()).isEqualTo(480 * 4 * 270);
            assertThat(first.bgra().isReadOnly()).isTrue();
            assertThat(again.bgra().position()).isZero();
            assertThat(again.bgra()).isEqualTo(first.bgra().position(0));
            assertThat(strip(again)).isEqualTo(decoded.timeline().frame(5).exact());
        }
    }

    @Test
    void outOfRangeAndClosedClipsAreRefused() {
        DecodedClip decoded = ClipDecoder.open(List.of(clip));
        assertThatThrownBy(() -> decoded.displayFrame(TestFootage.FRAMES)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> decoded.exportImage(-1)).isInstanceOf(IndexOutOfBoundsException.class);

        decoded.close();
        decoded.close(); // twice is harmless

        assertThatThrownBy(() -> decoded.displayFrame(0)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> decoded.exportImage(0)).isInstanceOf(IllegalStateException.class);
    }

    static Instant strip(DisplayFrame frame) {
        return Instant.ofEpochMilli(TimeCodeStrip.readBgra(frame.bgra(), frame.width(), frame.height(), frame.stride()));
    }

    static List<Integer> shuffled(int count, long seed) {
        List<Integer> order = new ArrayList<>(IntStream.range(0, count).boxed().toList());
        Collections.shuffle(order, new Random(seed));
        return order;
    }

    private static double elapsedMs(long started) {
        return (System.nanoTime() - started) / 1e6;
    }
}
