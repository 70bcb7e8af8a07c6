package io.github.kvsviewer.clip;

import io.github.kvsviewer.archive.Fragment;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Compares what the plan predicted with what was decoded, so that a clip that
 * came back shorter (a silent cut) or different is reported, never hidden.
 */
public final class ClipCheck {

    private ClipCheck() {
    }

    /** Every difference found, as sentences for the user; empty when the clip is as predicted. */
    public static List<String> differences(ClipPlan plan, ClipTimeline decoded) {
        List<String> out = new ArrayList<>();
        Set<String> decodedFragments = new LinkedHashSet<>();
        decoded.frames().forEach(f -> decodedFragments.add(f.fragmentNumber()));
        if (decodedFragments.size() != plan.returned().size()) {
            out.add("Expected " + plan.returned().size() + " fragments but frames came from "
                    + decodedFragments.size() + ".");
        }
        long expectedFrames = expectedFrames(plan.returned(), decoded.frameDuration());
        if (expectedFrames > 0 && expectedFrames != decoded.frameCount()) {
            out.add("Expected about " + expectedFrames + " frames but decoded " + decoded.frameCount() + ".");
        }
        plan.predictedReturned().ifPresent(predicted -> {
            Duration tolerance = decoded.frameDuration().dividedBy(2).plusMillis(1);
            if (Duration.between(predicted.start(), decoded.returned().start()).abs().compareTo(tolerance) > 0) {
                out.add("The clip starts at " + decoded.returned().start() + ", not at " + predicted.start()
                        + " as the fragment list says.");
            }
            if (predicted.duration().minus(decoded.returned().duration()).abs().compareTo(tolerance) > 0) {
                out.add("The clip lasts " + decoded.returned().duration().toMillis() + " ms, not "
                        + predicted.duration().toMillis() + " ms as predicted.");
            }
        });
        return out;
    }

    /** A fragment's length spans its first to last frame: frames = length / frame duration + 1. */
    private static long expectedFrames(List<Fragment> fragments, Duration frameDuration) {
        if (frameDuration.isZero()) {
            return -1;
        }
        long total = 0;
        for (Fragment fragment : fragments) {
            total += Math.round((double) fragment.length().toNanos() / frameDuration.toNanos()) + 1;
        }
        return total;
    }
}
