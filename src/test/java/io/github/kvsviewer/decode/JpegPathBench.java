package io.github.kvsviewer.decode;

import io.github.kvsviewer.archive.ClipBytes;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Prints the cost of one 1080p JPEG on the export path, decode included, through a
 * BGR image and straight from the decoder's picture (figures, never assertions; not
 * run by the build). Process CPU time per frame is the figure to compare: wall time
 * moves with whoever else uses the machine. Run with the test classpath:
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) io.github.kvsviewer.decode.JpegPathBench [dataDir]}.
 */
public final class JpegPathBench {

    private static final int ROUNDS = 3;

    private JpegPathBench() {
    }

    public static void main(String[] args) throws IOException {
        ClipBytes clip = ExportCpuBench.footage1080p(args);
        try (DecodedClip decoded = ClipDecoder.open(List.of(clip)); JpegEncoder jpeg = new JpegEncoder(0.92f)) {
            int frames = decoded.timeline().frameCount();
            for (int round = 1; round <= ROUNDS; round++) {
                report("bgr image", frames, i -> jpeg.encode(decoded.exportImage(i)));
                report("yuv picture", frames, i -> {
                    try (DecodedPicture picture = decoded.exportPicture(i)) {
                        jpeg.encode(picture);
                    }
                });
                report("decode only", frames, i -> decoded.exportPicture(i).close());
            }
        }
    }

    private static void report(String path, int frames, IntConsumer step) {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        long wall = System.nanoTime();
        for (int i = 0; i < frames; i++) {
            step.accept(i);
        }
        System.out.printf("%-12s %d frames: %.2f ms CPU, %.2f ms wall per frame (load %.2f)%n", path, frames,
                (os.getProcessCpuTime() - cpu) / 1e6 / frames, (System.nanoTime() - wall) / 1e6 / frames,
                os.getSystemLoadAverage());
    }
}
