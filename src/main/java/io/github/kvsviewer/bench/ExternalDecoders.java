package io.github.kvsviewer.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The same clip decoded by the usual tools, for comparison: the ffmpeg command
 * line to BGRA, and Python OpenCV's VideoCapture read loop (BGR). A tool that is
 * not installed is skipped with a note, never a failure.
 */
final class ExternalDecoders {

    /** Times the read loop inside Python, so interpreter start and the cv2 import are not counted. */
    private static final String OPENCV_LOOP = String.join("\n",
            "import sys, time, cv2",
            "started = time.perf_counter()",
            "capture = cv2.VideoCapture(sys.argv[1])",
            "frames = 0",
            "while True:",
            "    ok, image = capture.read()",
            "    if not ok:",
            "        break",
            "    frames += 1",
            "print(frames, time.perf_counter() - started)");
    private static final long TIMEOUT_MINUTES = 10;

    private ExternalDecoders() {
    }

    /**
     * {@code ffmpeg -v error -i clip.mp4 -pix_fmt bgra -f null -}, timed from process
     * start to exit (so its start-up, some tens of ms, counts against it).
     */
    static Figure ffmpeg(Path clip, int frames) {
        Optional<Path> ffmpeg = onPath("ffmpeg");
        if (ffmpeg.isEmpty()) {
            return Figure.skipped("ffmpeg_fps", "ffmpeg not on PATH");
        }
        try {
            long started = System.nanoTime();
            Result result = run(List.of(ffmpeg.get().toString(), "-v", "error", "-i", clip.toString(),
                    "-pix_fmt", "bgra", "-f", "null", "-"));
            double seconds = (System.nanoTime() - started) / 1e9;
            if (result.exitCode() != 0) {
                return Figure.skipped("ffmpeg_fps", "ffmpeg failed: " + firstLine(result.output()));
            }
            return Figure.of("ffmpeg_fps", frames / seconds, "fps");
        } catch (IOException e) {
            return Figure.skipped("ffmpeg_fps", "ffmpeg could not run: " + e.getMessage());
        }
    }

    /** The Python on PATH when it has cv2, else /usr/bin/python3 when that has it (pyenv's often has not). */
    static Figure opencv(Path clip, int frames) {
        Optional<String> python = pythonWithOpenCv();
        if (python.isEmpty()) {
            return Figure.skipped("opencv_fps", "no python3 with OpenCV (cv2) found");
        }
        try {
            Result result = run(List.of(python.get(), "-c", OPENCV_LOOP, clip.toString()));
            String[] words = result.output().trim().split("\\s+");
            if (result.exitCode() != 0 || words.length < 2) {
                return Figure.skipped("opencv_fps", "OpenCV failed: " + firstLine(result.output()));
            }
            int read = Integer.parseInt(words[words.length - 2]);
            if (read != frames) {
                return Figure.skipped("opencv_fps", "OpenCV read " + read + " of " + frames + " frames");
            }
            return Figure.of("opencv_fps", read / Double.parseDouble(words[words.length - 1]), "fps");
        } catch (IOException | NumberFormatException e) {
            return Figure.skipped("opencv_fps", "OpenCV could not run: " + e.getMessage());
        }
    }

    private static Optional<String> pythonWithOpenCv() {
        List<String> candidates = new ArrayList<>();
        onPath("python3").ifPresent(p -> candidates.add(p.toString()));
        if (Files.isExecutable(Path.of("/usr/bin/python3"))) {
            candidates.add("/usr/bin/python3");
        }
        for (String python : candidates) {
            try {
                if (run(List.of(python, "-c", "import cv2")).exitCode() == 0) {
                    return Optional.of(python);
                }
            } catch (IOException e) {
                // try the next one
            }
        }
        return Optional.empty();
    }

    static Optional<Path> onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty()) {
                Path candidate = Path.of(dir, command);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    private record Result(int exitCode, String output) {
    }

    /** Runs with no input, stdout and stderr together. */
    private static Result run(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            process.getOutputStream().close(); // ffmpeg reads keys from stdin: give it none
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IOException("timed out");
            }
            return new Result(process.exitValue(), output);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static String firstLine(String output) {
        String trimmed = output.strip();
        int end = trimmed.indexOf('\n');
        return end < 0 ? trimmed : trimmed.substring(0, end);
    }
}
