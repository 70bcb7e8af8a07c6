package io.github.kvsviewer.ffmpeg;

import static org.bytedeco.ffmpeg.global.avutil.AV_LOG_ERROR;
import static org.bytedeco.ffmpeg.global.avutil.AV_LOG_WARNING;

import java.util.Optional;
import java.util.regex.Pattern;
import org.bytedeco.ffmpeg.avutil.LogCallback;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacpp.BytePointer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * FFmpeg's one process-wide log callback, shared by everything that runs FFmpeg
 * (the local archive's encoder and muxer, the decoder). Messages go to SLF4J
 * (logger {@code ffmpeg}) at debug: a damaged clip makes the H.264 decoder report
 * every broken macroblock, and openh264 warns on every open about settings
 * FFmpeg's wrapper passes on purpose; the product reports a problem once, as an
 * exception. The last error FFmpeg reported on each thread is kept, so that
 * exception can quote FFmpeg ("moov atom not found") as its technical detail.
 */
public final class FfmpegLog {

    private static final Logger log = LoggerFactory.getLogger("ffmpeg");
    /** "[mov,mp4,m4a,3gp,3g2,mj2 @ 0x7f21d4ceb840] ": which FFmpeg object spoke, useless to a reader. */
    private static final Pattern CONTEXT_PREFIX = Pattern.compile("^\\[[^\\]]* @ 0x[0-9a-fA-F]+\\]\\s*");
    private static final ThreadLocal<String> LAST_ERROR = new ThreadLocal<>();
    private static final Forwarder FORWARDER = new Forwarder();
    private static volatile boolean installed;

    private FfmpegLog() {
    }

    /** Idempotent. */
    public static void install() {
        if (installed) {
            return;
        }
        synchronized (FfmpegLog.class) {
            if (!installed) {
                avutil.av_log_set_level(AV_LOG_WARNING); // info and below are never wanted: skip formatting them
                avutil.setLogCallback(FORWARDER);
                installed = true;
            }
        }
    }

    /** Forgets the calling thread's last error, before an operation whose errors are wanted. */
    public static void clearLastError() {
        LAST_ERROR.remove();
    }

    /** The last error FFmpeg reported on the calling thread since {@link #clearLastError()}. */
    public static Optional<String> lastError() {
        return Optional.ofNullable(LAST_ERROR.get());
    }

    private static final class Forwarder extends LogCallback {
        Forwarder() {
            retainReference(); // native code keeps calling it: never let it be freed
        }

        @Override
        public void call(int level, BytePointer message) {
            String text = message.getString().strip();
            if (text.isEmpty()) {
                return;
            }
            if (level <= AV_LOG_ERROR) {
                LAST_ERROR.set(CONTEXT_PREFIX.matcher(text).replaceFirst(""));
            }
            log.debug(text);
        }
    }
}
