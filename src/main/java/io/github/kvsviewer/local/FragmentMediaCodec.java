package io.github.kvsviewer.local;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/** The on-disk form of a fragment's media (a .frag file). */
final class FragmentMediaCodec {

    private static final int MAGIC = 0x4B565346; // "KVSF"
    private static final int VERSION = 1;

    private FragmentMediaCodec() {
    }

    static byte[] encode(FragmentMedia media) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream((int) Math.min(Integer.MAX_VALUE - 64, media.payloadBytes() + 1024));
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeInt(media.width());
            out.writeInt(media.height());
            out.writeInt(media.codecPrivateData().length);
            out.write(media.codecPrivateData());
            out.writeInt(media.units().size());
            for (AccessUnit unit : media.units()) {
                out.writeInt(unit.offsetMillis());
                out.writeBoolean(unit.keyframe());
                out.writeInt(unit.data().length);
                out.write(unit.data());
            }
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    static FragmentMedia decode(byte[] bytes) throws IOException {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (in.readInt() != MAGIC || in.readInt() != VERSION) {
                throw new IOException("not a fragment media file");
            }
            int width = in.readInt();
            int height = in.readInt();
            byte[] codecPrivateData = in.readNBytes(in.readInt());
            int count = in.readInt();
            List<AccessUnit> units = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                int offset = in.readInt();
                boolean keyframe = in.readBoolean();
                int length = in.readInt();
                byte[] data = in.readNBytes(length);
                if (data.length != length) {
                    throw new IOException("fragment media file is truncated");
                }
                units.add(new AccessUnit(offset, keyframe, data));
            }
            return new FragmentMedia(width, height, codecPrivateData, units);
        }
    }

    static long checksum(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }
}
