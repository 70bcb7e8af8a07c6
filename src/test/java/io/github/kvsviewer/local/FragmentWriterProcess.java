package io.github.kvsviewer.local;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * Runs in a child JVM for {@link FragmentStoreCrashTest}: appends large fragments
 * to a store forever, printing each fragment's index once it is stored, until the
 * test kills the process.
 */
public final class FragmentWriterProcess {

    public static void main(String[] args) throws Exception {
        FragmentStore store = FragmentStore.open(Path.of(args[0]));
        String stream = args[1];
        if (store.stream(stream).isEmpty()) {
            store.createStream(stream, "ap-northeast-1", "crash-test", 24, Instant.EPOCH);
        }
        for (int i = store.fragments(stream).size(); ; i++) {
            store.appendFragment(stream, producerStart(i), producerStart(i).plusMillis(300), media(i));
            System.out.println("appended " + i);
            System.out.flush();
        }
    }

    static Instant producerStart(int index) {
        return Instant.parse("2026-11-20T01:00:00Z").plusSeconds(2L * index);
    }

    /** Several MB, so that a kill is likely to land in the middle of a write; content derived from the index. */
    static FragmentMedia media(int index) {
        byte[] key = new byte[3 * 1024 * 1024 + index];
        byte[] next = new byte[1024 * 1024];
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) (i * 31 + index);
        }
        for (int i = 0; i < next.length; i++) {
            next[i] = (byte) (i * 7 - index);
        }
        return new FragmentMedia(64, 48, new byte[] {1, 2, 3, (byte) index},
                List.of(new AccessUnit(0, true, key), new AccessUnit(1000, false, next)));
    }
}
