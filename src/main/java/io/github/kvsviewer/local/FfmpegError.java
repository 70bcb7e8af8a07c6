package io.github.kvsviewer.local;

import java.io.IOException;
import org.bytedeco.ffmpeg.global.avutil;

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
        byte[] text = new byte[256];
        avutil.av_strerror(code, text, text.length);
        int end = 0;
        while (end < text.length && text[end] != 0) {
            end++;
        }
        return new String(text, 0, end, java.nio.charset.StandardCharsets.UTF_8);
    }
}
