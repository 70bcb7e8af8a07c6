package io.github.kvsviewer.local;

import java.io.IOException;
import io.github.kvsviewer.ffmpeg.FfmpegErrorText;

/** Turns FFmpeg's negative return codes into exceptions with FFmpeg's own wording. */
final class FfmpegError {

    private FfmpegError() {
    }

    /** Returns {@code code} when it is not an error; throws otherwise. */
    static int check(int code, String what) throws IOException {
        if (code < 0) {
            throw new IOException(what + " failed: " + describe(code) + " (" + code + ")");
        }
        return code;
    }

    static String describe(int code) {
        return FfmpegErrorText.of(code);
    }
}
