package org.kepu.content.blob;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Stores uploaded and generated media by key, e.g. {@code videos/12/hls/master.m3u8}. Keys are
 * relative, use {@code /} as separator and contain only {@code [A-Za-z0-9._-]} between separators.
 * Implementations: a folder on disk (embedded default) and an S3 bucket (scale-out).
 */
public interface BlobStore {

    /** Stores the stream's bytes under the key, replacing what was there; never holds it all in memory. */
    void put(String key, InputStream content, String contentType);

    /** Stores a local file under the key. */
    void put(String key, Path file, String contentType);

    /**
     * Stores a local file under the key and takes it over: afterwards the file is gone. When this
     * throws, the file is still there, unchanged, so the caller can try again. This default stores
     * a copy and deletes the file; a store that can take the file without copying it does so.
     */
    default void moveIn(String key, Path file, String contentType) {
        put(key, file, contentType);
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new BlobStoreFailed("Stored blob " + key + " but cannot delete " + file, e);
        }
    }

    /** Opens the whole blob. */
    InputStream open(String key);

    /** Opens {@code length} bytes starting at {@code offset}, for HTTP Range requests. */
    InputStream open(String key, long offset, long length);

    Optional<BlobInfo> stat(String key);

    default boolean exists(String key) {
        return stat(key).isPresent();
    }

    /** Copies the blob to a local file, for tools such as ffmpeg that need a path. */
    void copyTo(String key, Path target);

    /** Deletes the blob if present. */
    void delete(String key);

    /** Deletes every blob whose key starts with {@code prefix + "/"}. */
    void deleteAll(String prefix);

    /** Whether the store can currently read and write. */
    boolean isUsable();

    /**
     * A URL that lets whoever holds it read the blob directly from the store (HTTP GET, Range
     * requests included) until {@code ttl} has passed, so that the portal can redirect media
     * requests instead of streaming the bytes itself. Does not check that the blob exists.
     *
     * @param ttl how long the URL works; at most seven days
     * @return empty when the store cannot hand out such URLs (the folder store)
     */
    default Optional<URI> presignedUrl(String key, Duration ttl) {
        BlobKeys.check(key);
        return Optional.empty();
    }
}
