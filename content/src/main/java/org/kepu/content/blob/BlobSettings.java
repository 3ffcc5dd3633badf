package org.kepu.content.blob;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where blobs are kept.
 *
 * @param store {@code folder} (embedded default) or {@code s3} (scale-out, see {@link S3Settings})
 * @param folder the root folder of the folder store
 * @param staging where the folder store keeps unfinished resumable uploads; on the same file system
 *     as {@code folder}, a finished upload is renamed into place, elsewhere it is copied once
 */
@ConfigurationProperties("kepu.blobs")
public record BlobSettings(
        @DefaultValue("folder") String store,
        @DefaultValue("data/blobs") Path folder,
        @DefaultValue("data/uploads") Path staging) {

    private static final Set<String> STORES = Set.of("folder", "s3");

    public BlobSettings {
        if (store == null || !STORES.contains(store.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("kepu.blobs.store must be folder or s3, not '" + store + "'");
        }
    }
}
