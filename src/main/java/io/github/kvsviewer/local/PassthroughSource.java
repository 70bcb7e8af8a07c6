package io.github.kvsviewer.local;

import java.util.Optional;
import org.bytedeco.ffmpeg.avutil.AVRational;
import org.bytedeco.ffmpeg.global.avutil;

/**
 * The file's H.264 packets as they are, no decoding or encoding: AVCC input byte
 * for byte, Annex B input converted. Only for input {@link VideoProbe} found in
 * presentation order, so each packet's PTS is its one time.
 */
final class PassthroughSource implements UnitSource {

    private static final AVRational MILLIS = avutil.av_make_q(1, 1000);

    private final VideoInput input;
    private final H264Packets packets;
    private final AVRational timeBase;
    private long first = Long.MIN_VALUE;
    private boolean started;
    private long skipped;

    PassthroughSource(VideoInput input) {
        this.input = input;
        this.packets = H264Packets.forExtradata(VideoProbe.extradata(input.parameters()));
        this.timeBase = input.stream().time_base();
    }

    @Override
    public Optional<TimedUnit> next() throws ImportException {
        for (Optional<VideoInput.Packet> next = input.next(); next.isPresent(); next = input.next()) {
            VideoInput.Packet packet = next.get();
            if (first == Long.MIN_VALUE) {
                first = packet.time(); // time 0 is the file's first frame, even when it cannot be shown
            }
            boolean idr = packets.isIdr(packet.data());
            byte[] data = packets.toStored(packet.data());
            // A stream cut mid-GOP (a TS capture) starts with pictures whose reference is missing.
            if (!started && !(idr && packets.codecPrivateData().isPresent())) {
                skipped++;
                continue;
            }
            started = true;
            long millis = avutil.av_rescale_q(packet.time() - first, timeBase, MILLIS);
            return Optional.of(new TimedUnit(millis, idr, data, packets.codecPrivateData().orElseThrow()));
        }
        return Optional.empty();
    }

    @Override
    public int width() {
        return input.parameters().width();
    }

    @Override
    public int height() {
        return input.parameters().height();
    }

    @Override
    public long skipped() {
        return skipped;
    }

    @Override
    public void close() {
        input.close();
    }
}
