package io.github.kvsviewer.decode;

import io.github.kvsviewer.archive.ClipBytes;
import io.github.kvsviewer.local.DemoStreamSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Prints per-frame figures of the decode paths (not a test: figures, never
 * assertions). Run with the test classpath:
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) io.github.kvsviewer.decode.DecodeBenchmark [dataDir]}.
 */
public final class DecodeBenchmark {

    private DecodeBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("decode-bench");
        List<DemoStreamSpec> specs = List.of(
                spec("bench-270p10", 480, 270, 10, 1, 20),
                spec("bench-720p15", 1280, 720, 15, 2, 20),
                spec("bench-1080p30", 1920, 1080, 30, 2, 10));
        for (DemoStreamSpec spec : specs) {
            ClipBytes clip = TestFootage.wholeStream(dir, spec);
            measure(spec, clip, clip.mp4().length);
        }
    }

    private static void measure(DemoStreamSpec spec, ClipBytes clip, int bytes) {
        System.out.printf("%s: %dx%d %d fps, %d fragments of %d s, %d KB%n", spec.name(), spec.width(), spec.height(),
                spec.framesPerSecond(), clip.expectedFragments().size(), spec.fragmentLength().toSeconds(), bytes / 1024);
        for (int threads : new int[] {0, 1, 2}) {
            DecoderSettings noCache = new DecoderSettings(0, threads);
            long started = System.nanoTime();
            try (DecodedClip decoded = ClipDecoder.open(List.of(clip), noCache)) {
                double open = (System.nanoTime() - started) / 1e6;
                int n = decoded.timeline().frameCount();
                List<Integer> shuffled = ClipDecoderTest.shuffled(n, 1);
                decoded.displayFrame(0); // the first seek
                double sequential = perFrame(n - 1, i -> decoded.displayFrame(i + 1));
                double random = perFrame(n, i -> decoded.displayFrame(shuffled.get(i)));
                System.out.printf("  display threads=%d: open %.1f ms, sequential %.2f ms/frame, random %.2f ms/frame%n",
                        threads, open, sequential, random);
            }
        }
        try (DecodedClip decoded = ClipDecoder.open(List.of(clip))) {
            int n = decoded.timeline().frameCount();
            decoded.displayFrame(n - 1);
            double backward = perFrame(n - 1, i -> decoded.displayFrame(n - 2 - i));
            List<Integer> shuffled = ClipDecoderTest.shuffled(n, 2);
            int sample = Math.min(n, 60);
            double export = perFrame(sample, i -> decoded.exportImage(shuffled.get(i)));
            System.out.printf("  stepping backward (256 MB cache) %.2f ms/frame; export random %.2f ms/frame%n",
                    backward, export);
        }
    }

    private static double perFrame(int count, IntConsumer work) {
        long started = System.nanoTime();
        for (int i = 0; i < count; i++) {
            work.accept(i);
        }
        return (System.nanoTime() - started) / 1e6 / count;
    }

    private static DemoStreamSpec spec(String name, int width, int height, int fps, int fragmentSeconds, int seconds) {
        return new DemoStreamSpec(name, width, height, fps, Duration.ofSeconds(fragmentSeconds),
                TestFootage.START, Duration.ofSeconds(seconds), List.of());
    }
}
