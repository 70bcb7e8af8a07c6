package io.github.kvsviewer.local;

/**
 * Import progress, told after each stored fragment. The total is the number of
 * video packets in the file; a decoder may drop a damaged one, so done can end a
 * little short of it.
 */
@FunctionalInterface
public interface ImportProgress {

    void update(long framesDone, long framesTotal);

    static ImportProgress none() {
        return (done, total) -> { };
    }
}
