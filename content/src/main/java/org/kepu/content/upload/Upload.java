package org.kepu.content.upload;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.domain.Persistable;
import org.springframework.data.relational.core.mapping.Table;

/** One resumable upload: who sends it, how long it is, how much has arrived. */
@Table("upload")
public class Upload implements Persistable<String> {

    @Id
    private String id;

    private long ownerId;
    private long length;
    private long received;
    private String fileName;
    private String contentType;
    private String storageRef;
    private String blobKey;
    private UploadStatus status;
    private Instant createdAt;
    private Instant updatedAt;
    private Instant expiresAt;

    @Transient
    private boolean isNew;

    Upload() {}

    static Upload start(
            String id, long ownerId, long length, String fileName, String contentType, Instant now, Instant expires) {
        Upload upload = new Upload();
        upload.id = id;
        upload.ownerId = ownerId;
        upload.length = length;
        upload.fileName = fileName;
        upload.contentType = contentType;
        upload.status = UploadStatus.RECEIVING;
        upload.createdAt = now;
        upload.updatedAt = now;
        upload.expiresAt = expires;
        upload.isNew = true;
        return upload;
    }

    void received(long offset, String storageRef, Instant now) {
        this.received = offset;
        this.storageRef = storageRef;
        this.updatedAt = now;
    }

    void completed(String blobKey, Instant now) {
        this.status = UploadStatus.COMPLETE;
        this.blobKey = blobKey;
        this.updatedAt = now;
    }

    void used(Instant now) {
        this.status = UploadStatus.USED;
        this.updatedAt = now;
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public boolean isNew() {
        return isNew;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public long getLength() {
        return length;
    }

    public long getReceived() {
        return received;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public String getStorageRef() {
        return storageRef;
    }

    public String getBlobKey() {
        return blobKey;
    }

    public UploadStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public boolean isComplete() {
        return status != UploadStatus.RECEIVING;
    }
}
