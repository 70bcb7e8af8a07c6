package io.github.kvsviewer.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.kvsviewer.archive.Fragment;
import io.github.kvsviewer.archive.StreamInfo;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local archive's streams and fragments on disk.
 *
 * <pre>
 * DATA/streams/NAME/stream.json        stream metadata
 * DATA/streams/NAME/index.jsonl        one line per fragment, appended
 * DATA/streams/NAME/fragments/N.frag   the fragment's media
 * </pre>
 *
 * Adding a fragment is crash-safe: the media goes to a temp file that is synced
 * and renamed into place, then one index line is appended and synced. A process
 * killed at any point leaves at most an orphan media file or a torn last index
 * line, both ignored, so every earlier fragment stays readable.
 */
public final class FragmentStore {

    private static final Logger log = LoggerFactory.getLogger(FragmentStore.class);
    private static final Pattern STREAM_NAME = Pattern.compile("[a-zA-Z0-9_.-]{1,256}");
    private static final String ACCOUNT = "000000000000";
    /** Real fragment numbers are ~47 decimal digits; ours are a fixed prefix plus a counter. */
    private static final BigInteger FRAGMENT_NUMBER_BASE = new BigInteger("91343852333181432392682062600000000000000000000");

    private final Path root;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, StreamState> streams = new ConcurrentHashMap<>();

    private FragmentStore(Path root) {
        this.root = root;
    }

    /** Opens (and creates if needed) the store under {@code dataDir}. */
    public static FragmentStore open(Path dataDir) throws IOException {
        FragmentStore store = new FragmentStore(dataDir.toAbsolutePath());
        Files.createDirectories(store.streamsDir());
        try (Stream<Path> dirs = Files.list(store.streamsDir())) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                store.load(dir);
            }
        }
        return store;
    }

    /** Where the store keeps its data when the user does not choose: ~/.kvs-viewer/archive. */
    public static Path defaultDataDir() {
        return Path.of(System.getProperty("user.home"), ".kvs-viewer", "archive");
    }

    public Path root() {
        return root;
    }

    /** Every stream, by name. */
    public List<StreamInfo> streams() {
        return streams.values().stream().map(s -> s.info).sorted(Comparator.comparing(StreamInfo::name)).toList();
    }

    public Optional<StreamInfo> stream(String name) {
        return Optional.ofNullable(streams.get(name)).map(s -> s.info);
    }

    public Optional<StreamInfo> streamByArn(String arn) {
        return streams.values().stream().map(s -> s.info).filter(i -> i.arn().equals(arn)).findFirst();
    }

    /** KVS's rule for stream names: 1 to 256 of letters, digits, '_', '.' and '-'. */
    public static boolean isValidStreamName(String name) {
        return STREAM_NAME.matcher(name).matches();
    }

    /** Creates an empty stream; the ARN has the real format with a local account id. */
    public synchronized StreamInfo createStream(String name, String region, String deviceName, int retentionHours,
            Instant creationTime) throws IOException {
        if (!isValidStreamName(name)) {
            throw new IllegalArgumentException("invalid stream name: " + name);
        }
        if (streams.containsKey(name)) {
            throw new IllegalStateException("stream already exists: " + name);
        }
        StreamInfo info = new StreamInfo(name,
                "arn:aws:kinesisvideo:" + region + ":" + ACCOUNT + ":stream/" + name + "/" + creationTime.toEpochMilli(),
                "video/h264", deviceName, retentionHours, creationTime, "1");
        Path dir = streamsDir().resolve(name);
        Files.createDirectories(dir.resolve("fragments"));
        writeAtomically(dir.resolve("stream.json"), json.writeValueAsBytes(StreamFile.of(info)));
        streams.put(name, new StreamState(dir, info, new ArrayList<>()));
        return info;
    }

    /** Removes a stream and all its fragments. */
    public synchronized void deleteStream(String name) throws IOException {
        StreamState state = streams.remove(name);
        Path dir = state != null ? state.dir : streamsDir().resolve(name);
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    /** Adds a fragment after every existing one; see the class comment for crash safety. */
    public Fragment appendFragment(String streamName, Instant producerStart, Instant serverStart, FragmentMedia media)
            throws IOException {
        StreamState state = require(streamName);
        synchronized (state) {
            String number = FRAGMENT_NUMBER_BASE.add(BigInteger.valueOf(state.entries.size() + 1L)).toString();
            byte[] bytes = FragmentMediaCodec.encode(media);
            Path file = state.dir.resolve("fragments").resolve(number + ".frag");
            writeAtomically(file, bytes);
            IndexEntry entry = new IndexEntry(number, producerStart.toEpochMilli(), serverStart.toEpochMilli(),
                    media.lengthMillis(), bytes.length, FragmentMediaCodec.checksum(bytes));
            appendLine(state.dir.resolve("index.jsonl"), json.writeValueAsString(entry));
            state.entries.add(entry);
            return entry.toFragment();
        }
    }

    /** The stream's fragments sorted by producer time. */
    public List<Fragment> fragments(String streamName) {
        StreamState state = require(streamName);
        synchronized (state) {
            return state.entries.stream().map(IndexEntry::toFragment).sorted(Fragment.BY_PRODUCER_TIME).toList();
        }
    }

    /** Reads a fragment's media; fails when the file is missing or does not match its checksum. */
    public FragmentMedia readMedia(String streamName, String fragmentNumber) throws IOException {
        StreamState state = require(streamName);
        IndexEntry entry;
        synchronized (state) {
            entry = state.entries.stream().filter(e -> e.number().equals(fragmentNumber)).findFirst()
                    .orElseThrow(() -> new IOException("no fragment " + fragmentNumber + " in " + streamName));
        }
        byte[] bytes = Files.readAllBytes(state.dir.resolve("fragments").resolve(fragmentNumber + ".frag"));
        if (bytes.length != entry.size() || FragmentMediaCodec.checksum(bytes) != entry.crc32()) {
            throw new IOException("fragment " + fragmentNumber + " of " + streamName + " is damaged");
        }
        return FragmentMediaCodec.decode(bytes);
    }

    /** True when every indexed fragment's media file is present with the size and checksum it was written with. */
    public boolean isIntact(String streamName) {
        StreamState state = require(streamName);
        List<IndexEntry> entries;
        synchronized (state) {
            entries = List.copyOf(state.entries);
        }
        for (IndexEntry entry : entries) {
            Path file = state.dir.resolve("fragments").resolve(entry.number() + ".frag");
            try {
                byte[] bytes = Files.readAllBytes(file);
                if (bytes.length != entry.size() || FragmentMediaCodec.checksum(bytes) != entry.crc32()) {
                    return false;
                }
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }

    private StreamState require(String name) {
        StreamState state = streams.get(name);
        if (state == null) {
            throw new IllegalArgumentException("no such stream: " + name);
        }
        return state;
    }

    private Path streamsDir() {
        return root.resolve("streams");
    }

    private void load(Path dir) throws IOException {
        Path meta = dir.resolve("stream.json");
        if (!Files.isRegularFile(meta)) {
            log.warn("Ignoring {}: no stream.json", dir);
            return;
        }
        StreamInfo info;
        try {
            info = json.readValue(meta.toFile(), StreamFile.class).toInfo();
        } catch (IOException e) {
            log.warn("Ignoring {}: unreadable stream.json ({})", dir, e.getMessage());
            return;
        }
        List<IndexEntry> entries = new ArrayList<>();
        Path index = dir.resolve("index.jsonl");
        if (Files.exists(index)) {
            repairTornTail(index);
            for (String line : Files.readAllLines(index, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    entries.add(json.readValue(line, IndexEntry.class));
                }
            }
        }
        streams.put(info.name(), new StreamState(dir, info, entries));
    }

    /** A process killed while appending can leave a last line without its newline: cut it off. */
    private static void repairTornTail(Path index) throws IOException {
        byte[] bytes = Files.readAllBytes(index);
        int end = bytes.length;
        while (end > 0 && bytes[end - 1] != '\n') {
            end--;
        }
        if (end != bytes.length) {
            log.warn("Dropping a partly written index line in {}", index);
            try (FileChannel channel = FileChannel.open(index, StandardOpenOption.WRITE)) {
                channel.truncate(end);
                channel.force(true);
            }
        }
    }

    private static void appendLine(Path file, String line) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            channel.write(java.nio.ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8)));
            channel.force(true);
        }
    }

    static void writeAtomically(Path target, byte[] bytes) throws IOException {
        Path temp = target.resolveSibling(target.getFileName() + ".tmp");
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private record StreamState(Path dir, StreamInfo info, List<IndexEntry> entries) {
    }

    /** One line of index.jsonl. */
    record IndexEntry(String number, long producerMs, long serverMs, int lengthMs, long size, long crc32) {
        Fragment toFragment() {
            return new Fragment(number, Instant.ofEpochMilli(producerMs), Instant.ofEpochMilli(serverMs),
                    Duration.ofMillis(lengthMs), size);
        }
    }

    /** stream.json. */
    record StreamFile(String name, String arn, String mediaType, String deviceName, int retentionHours,
            long creationTimeMs, String version) {
        static StreamFile of(StreamInfo info) {
            return new StreamFile(info.name(), info.arn(), info.mediaType(), info.deviceName(), info.retentionHours(),
                    info.creationTime().toEpochMilli(), info.version());
        }

        StreamInfo toInfo() {
            return new StreamInfo(name, arn, mediaType, deviceName, retentionHours,
                    Instant.ofEpochMilli(creationTimeMs), version);
        }
    }

}
