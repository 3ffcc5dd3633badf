package org.kepu.content.blob;

import java.io.InputStream;

/**
 * Where the bytes of unfinished uploads go: a staging folder, or an S3 multipart upload that
 * becomes the final object. Implementations keep memory constant whatever the upload's size.
 */
public interface UploadStorage {

    /** Prepares storage for a new upload; the returned reference is kept with the upload. */
    String begin(String uploadId, String blobKey);

    /**
     * Stores the body, which continues the upload at {@code offset}. Returns what is now stored,
     * which may be less than everything read: a store that keeps only whole parts drops a torn tail,
     * and the tus client sends it again.
     *
     * @param length the upload's total length, so the store knows when a part is the last one
     */
    Stored append(String uploadId, String ref, long offset, long length, InputStream body);

    /** Turns the stored bytes into the blob under {@code blobKey}. */
    void complete(String uploadId, String ref, String blobKey);

    /**
     * Throws away whatever is still staged for the upload; also after a completion (which the
     * caller may not have recorded), when there is nothing or only leftovers to throw away.
     */
    void abort(String uploadId, String ref);

    record Stored(long offset, String ref) {}
}
