package org.kepu.content.blob;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.s3.S3Client;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BlobSettings.class)
class BlobStoreConfiguration {

    @Bean
    @ConditionalOnProperty(name = "kepu.blobs.store", havingValue = "folder", matchIfMissing = true)
    BlobStore folderBlobStore(BlobSettings settings) {
        return new FolderBlobStore(settings.folder());
    }

    @Bean
    @ConditionalOnProperty(name = "kepu.blobs.store", havingValue = "folder", matchIfMissing = true)
    UploadStorage folderUploadStorage(BlobSettings settings, BlobStore blobs) {
        return new FolderUploadStorage(settings.staging(), blobs);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "kepu.blobs.store", havingValue = "s3")
    @EnableConfigurationProperties(S3Settings.class)
    static class S3 {

        /** Fails the start when the bucket is not there, rather than the first upload. */
        @Bean
        BlobStore s3BlobStore(S3Settings settings) {
            S3BlobStore store = S3BlobStore.create(settings);
            try {
                store.requireBucket(settings);
            } catch (RuntimeException e) {
                store.close();
                throw e;
            }
            return store;
        }

        @Bean(destroyMethod = "close")
        S3Client uploadS3Client(S3Settings settings) {
            return S3Clients.clientBuilder(settings).build();
        }

        @Bean
        UploadStorage s3UploadStorage(S3Client uploadS3Client, S3Settings settings) {
            return new S3UploadStorage(uploadS3Client, settings);
        }
    }
}
