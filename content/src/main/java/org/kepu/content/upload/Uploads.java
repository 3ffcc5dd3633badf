package org.kepu.content.upload;

import java.io.IOException;
import java.io.InputStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.kepu.content.account.Account;
import org.kepu.content.account.Accounts;
import org.kepu.content.blob.BlobStore;
import org.kepu.content.blob.BlobStoreFailed;
import org.kepu.content.blob.UploadStorage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Resumable uploads (the domain behind the tus endpoints): creation with size, quota and type
 * checks, appending at an offset, completion with the content and quota checked again.
 */
@Service
public class Uploads {

    private static final char[] ID_ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();

    private final UploadRepository repository;
    private final UploadStorage storage;
    private final BlobStore blobs;
    private final Accounts accounts;
    private final UploadSettings settings;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Uploads(
            UploadRepository repository,
            UploadStorage storage,
            BlobStore blobs,
            Accounts accounts,
            UploadSettings settings,
            TransactionTemplate transactions,
            Clock clock) {
        this.repository = repository;
        this.storage = storage;
        this.blobs = blobs;
        this.accounts = accounts;
        this.settings = settings;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Upload create(long ownerId, long length, String fileName, String contentType) {
        if (length <= 0) {
            throw new UploadRejected("文件是空的，请重新选择视频文件。");
        }
        if (length > settings.maxSize().toBytes()) {
            throw new UploadRejected("文件太大：单个文件不能超过 " + settings.maxSize().toMegabytes() + " MB。");
        }
        checkType(fileName);
        checkQuota(ownerId, length);
        String id = newId();
        String blobKey = "uploads/" + ownerId + "/" + id + "/source";
        Instant now = clock.instant();
        String ref = storage.begin(id, blobKey);
        Upload upload =
                Upload.start(id, ownerId, length, clean(fileName), contentType, now, now.plus(settings.expiry()));
        upload.received(0, ref, now);
        return repository.save(upload);
    }

    /** The caller's upload, or {@link UploadNotFound}: another account's id is treated as unknown. */
    public Upload find(String id, long ownerId) {
        return repository.findById(id).filter(u -> u.getOwnerId() == ownerId).orElseThrow(() -> new UploadNotFound(id));
    }

    /**
     * Appends the body at {@code offset}. When the last byte arrives, the upload is completed: the
     * account and quota are checked again and the content must be a video container.
     */
    public Upload append(String id, long ownerId, long offset, InputStream body) {
        Upload upload = find(id, ownerId);
        if (upload.isComplete() || offset != upload.getReceived()) {
            throw new UploadOffsetMismatch(upload.getReceived());
        }
        UploadStorage.Stored stored = storage.append(id, upload.getStorageRef(), offset, upload.getLength(), body);
        upload.received(stored.offset(), stored.ref(), clock.instant());
        if (stored.offset() == upload.getLength()) {
            complete(upload);
        }
        return transactions.execute(status -> repository.save(upload));
    }

    /** Marks a complete upload as used by a video or entry, so it can be used only once. */
    public Upload use(String id, long ownerId) {
        return transactions.execute(status -> {
            Upload upload = find(id, ownerId);
            if (upload.getStatus() != UploadStatus.COMPLETE) {
                throw new UploadRejected(upload.getStatus() == UploadStatus.USED ? "这个上传已经用过了。" : "文件还没有上传完。");
            }
            upload.used(clock.instant());
            return repository.save(upload);
        });
    }

    public void terminate(String id, long ownerId) {
        Upload upload = find(id, ownerId);
        if (upload.getStatus() == UploadStatus.RECEIVING) {
            storage.abort(id, upload.getStorageRef());
        } else if (upload.getStatus() == UploadStatus.COMPLETE) {
            blobs.delete(upload.getBlobKey());
        }
        repository.delete(upload);
    }

    /** Throws away unfinished uploads that have rested past their expiry. */
    public int removeExpired() {
        int removed = 0;
        for (Upload upload : repository.findByStatusAndExpiresAtBefore(UploadStatus.RECEIVING, clock.instant())) {
            storage.abort(upload.getId(), upload.getStorageRef());
            repository.delete(upload);
            removed++;
        }
        return removed;
    }

    private void complete(Upload upload) {
        Account owner = accounts.findById(upload.getOwnerId())
                .filter(Account::isEnabled)
                .orElse(null);
        if (owner == null) {
            storage.abort(upload.getId(), upload.getStorageRef());
            repository.delete(upload);
            throw new UploadRejected("账号已停用，上传已取消。");
        }
        String blobKey = "uploads/" + upload.getOwnerId() + "/" + upload.getId() + "/source";
        storage.complete(upload.getId(), upload.getStorageRef(), blobKey);
        if (!looksLikeVideo(blobKey)) {
            blobs.delete(blobKey);
            repository.delete(upload);
            throw new UploadRejected("文件内容不是视频，请选择手机或相机拍摄的视频文件。");
        }
        upload.completed(blobKey, clock.instant());
    }

    private boolean looksLikeVideo(String blobKey) {
        try (InputStream in = blobs.open(blobKey, 0, VideoSignatures.HEAD_BYTES)) {
            return VideoSignatures.looksLikeVideo(in.readNBytes(VideoSignatures.HEAD_BYTES));
        } catch (IOException e) {
            throw new BlobStoreFailed("Cannot read the start of " + blobKey, e);
        }
    }

    private void checkType(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1);
        if (!settings.allowedExtensions().contains(extension)) {
            throw new UploadRejected("不支持这种文件类型，请上传 " + String.join("、", settings.allowedExtensions()) + " 格式的视频。");
        }
    }

    private void checkQuota(long ownerId, long length) {
        long used = repository.usedBytesOf(ownerId);
        if (used + length > settings.quotaPerUser().toBytes()) {
            throw new UploadRejected(
                    "上传空间不足：每个账号最多可上传 " + settings.quotaPerUser().toGigabytes() + " GB。");
        }
    }

    private String newId() {
        // 26 characters of base32: 130 bits, unguessable
        char[] id = new char[26];
        for (int i = 0; i < id.length; i++) {
            id[i] = ID_ALPHABET[random.nextInt(ID_ALPHABET.length)];
        }
        return new String(id);
    }

    private static String clean(String fileName) {
        if (fileName == null) {
            return null;
        }
        String name = fileName.replaceAll("[\\p{Cntrl}/\\\\]", "_").strip();
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }
}
