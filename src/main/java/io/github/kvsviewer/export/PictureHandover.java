package io.github.kvsviewer.export;

import io.github.kvsviewer.decode.DecodedPicture;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A decoded picture on its way from the exporting thread to an encoder worker.
 * Exactly one side frees it: the worker once encoded, or the exporting thread when
 * it drops the frame first (a cancel, a failure). A plain {@code Future.cancel}
 * cannot decide this: it also succeeds while the worker is still encoding.
 */
final class PictureHandover {

    private final AtomicReference<DecodedPicture> picture;

    PictureHandover(DecodedPicture picture) {
        this.picture = new AtomicReference<>(picture);
    }

    /** On the worker: encodes the picture and frees it. */
    byte[] encodeWith(ImageEncoder encoder) {
        DecodedPicture taken = picture.getAndSet(null);
        if (taken == null) {
            throw new CancellationException("the frame was dropped before it was encoded");
        }
        try (taken) {
            return encoder.encode(taken);
        }
    }

    /** On the exporting thread: frees the picture unless a worker has taken it. */
    void drop() {
        DecodedPicture left = picture.getAndSet(null);
        if (left != null) {
            left.close();
        }
    }
}
