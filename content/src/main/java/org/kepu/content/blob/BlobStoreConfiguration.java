package org.kepu.content.blob;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BlobSettings.class)
class BlobStoreConfiguration {

    @Bean
    @ConditionalOnProperty(name = "kepu.blobs.store", havingValue = "folder", matchIfMissing = true)
    BlobStore folderBlobStore(BlobSettings settings) {
        return new FolderBlobStore(settings.folder());
    }
}
