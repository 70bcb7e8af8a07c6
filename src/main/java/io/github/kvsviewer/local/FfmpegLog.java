package io.github.kvsviewer.local;

import static org.bytedeco.ffmpeg.global.avutil.AV_LOG_ERROR;
import static org.bytedeco.ffmpeg.global.avutil.AV_LOG_WARNING;

import org.bytedeco.ffmpeg.avutil.LogCallback;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacpp.BytePointer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends FFmpeg's own messages (muxer and encoder warnings such as "non monotonically
 * increasing dts") to SLF4J under the logger {@code ffmpeg}, warnings and worse only:
 * FFmpeg writes to stderr otherwise, and its info level is chatty.
 */
final class FfmpegLog {

    private static final Logger log = LoggerFactory.getLogger("ffmpeg");
    private static final Forwarder FORWARDER = new Forwarder();
    private static volatile boolean installed;

    private FfmpegLog() {
    }

    /** Idempotent; FFmpeg's log callback is process-wide. */
    static void install() {
        if (installed) {
            return;
        }
        synchronized (FfmpegLog.class) {
            if (!installed) {
                avutil.av_log_set_level(AV_LOG_WARNING);
                avutil.setLogCallback(FORWARDER);
                installed = true;
            }
        }
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
            if (text.contains("[OpenH264]") && !text.contains("Error")) {
                // openh264 warns on every open about settings FFmpeg's wrapper passes on purpose
                // (profile 578, rate control without frame skipping): nothing anyone can act on.
                log.debug(text);
            } else if (level <= AV_LOG_ERROR) {
                log.error(text);
            } else if (level <= AV_LOG_WARNING) {
                log.warn(text);
            } else {
                log.debug(text);
            }
        }
    }
}
