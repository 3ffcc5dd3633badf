package org.kepu.content.blob;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where blobs are kept.
 *
 * @param store {@code folder} (embedded default); {@code s3} comes with the scale-out stack
 * @param folder the root folder of the folder store
 */
@ConfigurationProperties("kepu.blobs")
public record BlobSettings(
        @DefaultValue("folder") String store,
        @DefaultValue("data/blobs") Path folder) {}
