package io.github.kvsviewer.ffmpeg;

import java.nio.charset.StandardCharsets;
import org.bytedeco.ffmpeg.global.avutil;

/** FFmpeg's own wording for one of its negative return codes ("Invalid data found when processing input"). */
public final class FfmpegErrorText {

    private FfmpegErrorText() {
    }

    public static String of(int code) {
        byte[] text = new byte[256];
        avutil.av_strerror(code, text, text.length);
        int end = 0;
        while (end < text.length && text[end] != 0) {
            end++;
        }
        return new String(text, 0, end, StandardCharsets.UTF_8);
    }
}
