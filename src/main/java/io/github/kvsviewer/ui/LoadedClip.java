package io.github.kvsviewer.ui;

import io.github.kvsviewer.clip.ClipPlan;
import io.github.kvsviewer.decode.DecodedClip;
import java.util.List;

/**
 * A clip on screen: which stream, what was planned (requested vs predicted), the
 * decoded frames, and every difference between prediction and what came back.
 */
public record LoadedClip(String stream, ClipPlan plan, DecodedClip decoded, List<String> differences) {

    public LoadedClip {
        differences = List.copyOf(differences);
    }
}
