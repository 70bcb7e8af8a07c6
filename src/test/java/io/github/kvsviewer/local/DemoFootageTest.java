package io.github.kvsviewer.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kvsviewer.archive.Fragment;
import io.github.kvsviewer.archive.StreamInfo;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoFootageTest {

    @TempDir
    Path dataDir;

    private final List<String> progressed = new CopyOnWriteArrayList<>();
    private final DemoFootage.Progress progress = (stream, done, total) -> progressed.add(stream + " " + done + "/" + total);

    @Test
    void generatesAMissingStreamFragmentByFragment() throws IOException {
        FragmentStore store = FragmentStore.open(dataDir);

        DemoFootage.ensure(store, "ap-northeast-1", List.of(SmallFootage.SPEC), progress);

        StreamInfo info = store.stream("test-shelf").orElseThrow();
        assertThat(info.deviceName()).isEqualTo("demo-camera-test-shelf");
        assertThat(info.mediaType()).isEqualTo("video/h264");
        assertThat(info.arn()).startsWith("arn:aws:kinesisvideo:ap-northeast-1:");
        assertThat(info.retentionHours()).isEqualTo(168);

        List<Fragment> fragments = store.fragments("test-shelf");
        // slots of 1 s from 10:00:00.250; the slot at 10:00:03.250 falls in the outage
        assertThat(fragments).extracting(Fragment::producerTime).containsExactly(
                SmallFootage.jst("2026-11-20T10:00:00.250+09:00"),
                SmallFootage.jst("2026-11-20T10:00:01.250+09:00"),
                SmallFootage.jst("2026-11-20T10:00:02.250+09:00"),
                SmallFootage.jst("2026-11-20T10:00:04.250+09:00"),
                SmallFootage.jst("2026-11-20T10:00:05.250+09:00"));
        for (Fragment fragment : fragments) {
            // as KVS reports it: first to last frame, one frame short of the slot
            assertThat(fragment.length()).isEqualTo(Duration.ofMillis(900));
            Duration serverDelay = Duration.between(fragment.producerTime(), fragment.serverTime());
            assertThat(serverDelay).isBetween(Duration.ofMillis(300), Duration.ofMillis(420));

            FragmentMedia media = store.readMedia("test-shelf", fragment.number());
            assertThat(media.width()).isEqualTo(480);
            assertThat(media.height()).isEqualTo(270);
            assertThat(media.units()).hasSize(10);
            assertThat(media.units().get(0).keyframe()).isTrue();
            assertThat(media.units().subList(1, 10)).noneMatch(AccessUnit::keyframe);
            assertThat(media.units()).extracting(AccessUnit::offsetMillis)
                    .containsExactly(0, 100, 200, 300, 400, 500, 600, 700, 800, 900);
            assertThat(media.codecPrivateData()[0]).isEqualTo((byte) 1); // an avcC record
        }
        assertThat(progressed).last().isEqualTo("test-shelf 50/50");
    }

    @Test
    void frameTimesAreRoundedMillisecondsFromTheStart() {
        DemoStreamSpec fifteen = new DemoStreamSpec("fifteen", 480, 270, 15, Duration.ofSeconds(2), SmallFootage.START,
                Duration.ofSeconds(4), List.of());

        List<DemoTimeline.PlannedFragment> plan = DemoTimeline.plan(fifteen);

        assertThat(plan).hasSize(2);
        assertThat(plan.get(0).frames()).hasSize(30);
        assertThat(plan.get(0).frames().get(1).time()).isEqualTo(SmallFootage.START.plusMillis(67));
        assertThat(plan.get(0).frames().get(2).time()).isEqualTo(SmallFootage.START.plusMillis(133));
        assertThat(plan.get(1).producerStart()).isEqualTo(SmallFootage.START.plusMillis(2000));
        assertThat(plan.get(1).frames().get(0).number()).isEqualTo(30);
        assertThat(plan.get(1).length()).isEqualTo(Duration.ofMillis(1933));
    }

    @Test
    void keepsACompleteIntactStreamUntouched() throws IOException {
        FragmentStore store = FragmentStore.open(dataDir);
        DemoFootage.ensure(store, "ap-northeast-1", List.of(SmallFootage.SPEC), progress);
        Path streamDir = dataDir.resolve("streams/test-shelf");
        Path marker = Files.writeString(streamDir.resolve("marker"), "still here");
        Map<Path, FileTime> written = modificationTimes(streamDir);
        List<Fragment> before = store.fragments("test-shelf");
        progressed.clear();

        FragmentStore reopened = FragmentStore.open(dataDir);
        DemoFootage.ensure(reopened, "ap-northeast-1", List.of(SmallFootage.SPEC), progress);

        assertThat(progressed).isEmpty();
        assertThat(marker).exists();
        assertThat(modificationTimes(streamDir)).isEqualTo(written);
        assertThat(reopened.fragments("test-shelf")).isEqualTo(before);
    }

    @Test
    void regeneratesADamagedStream() throws IOException {
        FragmentStore store = FragmentStore.open(dataDir);
        DemoFootage.ensure(store, "ap-northeast-1", List.of(SmallFootage.SPEC), progress);
        Path streamDir = dataDir.resolve("streams/test-shelf");
        Path marker = Files.writeString(streamDir.resolve("marker"), "gone after regeneration");
        Fragment third = store.fragments("test-shelf").get(2);
        try (FileChannel file = FileChannel.open(streamDir.resolve("fragments/" + third.number() + ".frag"),
                StandardOpenOption.WRITE)) {
            file.truncate(file.size() / 2);
        }
        assertThat(store.isIntact("test-shelf")).isFalse();
        progressed.clear();

        DemoFootage.ensure(store, "ap-northeast-1", List.of(SmallFootage.SPEC), progress);

        assertThat(progressed).isNotEmpty();
        assertThat(marker).doesNotExist();
        assertThat(store.isIntact("test-shelf")).isTrue();
        assertThat(store.fragments("test-shelf")).hasSize(SmallFootage.FRAGMENTS);
        assertThat(store.readMedia("test-shelf", third.number()).units()).hasSize(10);
    }

    @Test
    void regeneratesAStreamWhoseGenerationWasKilledHalfway() throws IOException {
        FragmentStore store = FragmentStore.open(dataDir);
        DemoFootage.ensure(store, "ap-northeast-1", List.of(SmallFootage.SPEC), progress);
        // what a killed run leaves: the index holds only the fragments written so far
        Path index = dataDir.resolve("streams/test-shelf/index.jsonl");
        List<String> lines = Files.readAllLines(index, StandardCharsets.UTF_8);
        Files.write(index, lines.subList(0, 2), StandardCharsets.UTF_8);
        FragmentStore afterCrash = FragmentStore.open(dataDir);
        assertThat(afterCrash.fragments("test-shelf")).hasSize(2);
        assertThat(afterCrash.isIntact("test-shelf")).isTrue();
        progressed.clear();

        DemoFootage.ensure(afterCrash, "ap-northeast-1", List.of(SmallFootage.SPEC), progress);

        assertThat(progressed).isNotEmpty();
        assertThat(afterCrash.fragments("test-shelf")).hasSize(SmallFootage.FRAGMENTS);
        assertThat(FragmentStore.open(dataDir).fragments("test-shelf")).hasSize(SmallFootage.FRAGMENTS);
    }

    @Test
    void generatesSeveralStreamsInParallelAndDeterministically() throws IOException {
        FragmentStore first = FragmentStore.open(dataDir.resolve("first"));
        FragmentStore second = FragmentStore.open(dataDir.resolve("second"));
        List<DemoStreamSpec> specs = List.of(SmallFootage.spec("shelf-a"), SmallFootage.spec("shelf-b"));

        DemoFootage.ensure(first, "ap-northeast-1", specs, progress);
        DemoFootage.ensure(second, "ap-northeast-1", specs, (s, d, t) -> { });

        assertThat(progressed).last().satisfies(last -> assertThat(last).endsWith(" 100/100"));
        for (DemoStreamSpec spec : specs) {
            List<Fragment> a = first.fragments(spec.name());
            List<Fragment> b = second.fragments(spec.name());
            assertThat(a).isEqualTo(b);
            for (Fragment fragment : a) {
                // byte for byte: codec private data, every unit's offset, keyframe flag and H.264 data
                assertThat(FragmentMediaCodec.encode(first.readMedia(spec.name(), fragment.number())))
                        .isEqualTo(FragmentMediaCodec.encode(second.readMedia(spec.name(), fragment.number())));
            }
        }
        // the two streams differ: the scene depends on the stream name
        byte[] a = first.readMedia("shelf-a", first.fragments("shelf-a").get(0).number()).units().get(0).data();
        byte[] b = first.readMedia("shelf-b", first.fragments("shelf-b").get(0).number()).units().get(0).data();
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void regeneratesAStreamWhoseSpecChanged() throws IOException {
        FragmentStore store = FragmentStore.open(dataDir);
        DemoFootage.ensure(store, "ap-northeast-1", List.of(SmallFootage.SPEC), progress);
        DemoStreamSpec larger = new DemoStreamSpec("test-shelf", 640, 360, 10, Duration.ofSeconds(1),
                SmallFootage.START, Duration.ofSeconds(6), SmallFootage.SPEC.gaps());
        progressed.clear();

        DemoFootage.ensure(store, "ap-northeast-1", List.of(larger), progress);

        assertThat(progressed).isNotEmpty();
        assertThat(store.readMedia("test-shelf", store.fragments("test-shelf").get(0).number()).width()).isEqualTo(640);
    }

    @Test
    void aBadSpecIsRefusedBeforeAnyStreamIsTouched() throws IOException {
        FragmentStore store = FragmentStore.open(dataDir);
        DemoFootage.ensure(store, "ap-northeast-1", List.of(SmallFootage.SPEC), progress);
        List<Fragment> before = store.fragments("test-shelf");
        DemoStreamSpec changed = new DemoStreamSpec("test-shelf", 640, 360, 10, Duration.ofSeconds(1),
                SmallFootage.START, Duration.ofSeconds(6), List.of());
        DemoStreamSpec odd = new DemoStreamSpec("odd", 481, 270, 10, Duration.ofSeconds(1), SmallFootage.START,
                Duration.ofSeconds(2), List.of());

        assertThatThrownBy(() -> DemoFootage.ensure(store, "ap-northeast-1", List.of(changed, odd), progress))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("even");

        assertThat(store.fragments("test-shelf")).isEqualTo(before);
        assertThat(store.stream("odd")).isEmpty();
    }

    @Test
    void theStandardStreams() {
        List<DemoStreamSpec> specs = DemoFootage.standardStreams();

        assertThat(specs).extracting(DemoStreamSpec::name)
                .containsExactly("cafe-shelf-1", "cafe-shelf-2", "cafe-entrance");
        DemoStreamSpec shelf1 = specs.get(0);
        assertThat(shelf1.start()).isEqualTo(Instant.parse("2026-11-20T01:00:00.250Z"));
        assertThat(shelf1.gaps()).singleElement().satisfies(gap -> {
            assertThat(gap.start()).isEqualTo(Instant.parse("2026-11-20T01:01:00.250Z"));
            assertThat(gap.end()).isEqualTo(Instant.parse("2026-11-20T01:01:20.250Z"));
        });
        assertThat(specs.get(1).start()).isEqualTo(Instant.parse("2026-11-20T01:00:01.700Z"));
        assertThat(specs.get(2).start()).isEqualTo(Instant.parse("2026-11-20T01:00:07.640Z"));

        // what they yield, without encoding anything: fragments and frames per stream
        Map<String, List<Long>> yields = specs.stream().collect(Collectors.toMap(DemoStreamSpec::name, spec -> {
            List<DemoTimeline.PlannedFragment> plan = DemoTimeline.plan(spec);
            return List.of((long) plan.size(), DemoTimeline.frameCount(plan));
        }));
        assertThat(yields).containsEntry("cafe-shelf-1", List.of(80L, 2400L))
                .containsEntry("cafe-shelf-2", List.of(90L, 1080L))
                .containsEntry("cafe-entrance", List.of(20L, 1200L));
        List<DemoTimeline.PlannedFragment> shelf1Plan = DemoTimeline.plan(shelf1);
        assertThat(shelf1Plan.get(29).producerStart()).isEqualTo(Instant.parse("2026-11-20T01:00:58.250Z"));
        assertThat(shelf1Plan.get(30).producerStart()).isEqualTo(Instant.parse("2026-11-20T01:01:20.250Z"));
    }

    private static Map<Path, FileTime> modificationTimes(Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        try (var walk = Files.walk(dir)) {
            walk.filter(Files::isRegularFile).forEach(files::add);
        }
        Map<Path, FileTime> times = new java.util.TreeMap<>();
        for (Path file : files) {
            times.put(file, Files.getLastModifiedTime(file));
        }
        return times;
    }
}
