package org.kepu.content.upload;

import java.io.IOException;
import java.io.InputStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
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

    /**
     * How long a lease outlives its PATCH's deadline: the PATCH writes nothing after its deadline,
     * but its thread may still wait for one read (up to the server's read timeout) and then syncs.
     */
    private static final Duration LEASE_MARGIN = Duration.ofMinutes(2);

    /** How long the last PATCH may take to turn the staged bytes into the blob. */
    private static final Duration COMPLETION_ALLOWANCE = Duration.ofMinutes(30);

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
            throw new UploadRejected("upload.empty");
        }
        if (length > settings.maxSize().toBytes()) {
            throw new UploadRejected("upload.too-large", settings.maxSize().toMegabytes());
        }
        checkType(fileName);
        String id = newId();
        Instant now = clock.instant();
        reserve(Upload.start(id, ownerId, length, clean(fileName), contentType, now, now.plus(settings.expiry())));
        try {
            String ref = storage.begin(id, sourceKey(ownerId, id));
            Upload upload = find(id, ownerId);
            upload.received(0, ref, now);
            return repository.save(upload);
        } catch (RuntimeException e) {
            repository.deleteById(id);
            throw e;
        }
    }

    /** The caller's upload, or {@link UploadNotFound}: another account's id is treated as unknown. */
    public Upload find(String id, long ownerId) {
        return repository.findById(id).filter(u -> u.getOwnerId() == ownerId).orElseThrow(() -> new UploadNotFound(id));
    }

    /**
     * Appends the body at {@code offset}. When the last byte arrives, the upload is completed: the
     * account and quota are checked again and the content must be a video container. Only one
     * PATCH at a time writes an upload (a lease in the database, so across portals), and a PATCH
     * ends at its deadline or when it sends too slowly; what arrived until then stays.
     */
    public Upload append(String id, long ownerId, long offset, InputStream body) {
        String lease = newId();
        Upload upload = lease(id, ownerId, offset, lease);
        try {
            boolean storedBefore = completedBeforeACrash(upload);
            UploadStorage.Stored stored = storedBefore
                    ? new UploadStorage.Stored(upload.getLength(), upload.getStorageRef())
                    : storage.append(
                            id, upload.getStorageRef(), offset, upload.getLength(), new PacedBody(body, settings));
            upload.received(stored.offset(), stored.ref(), clock.instant());
            if (stored.offset() == upload.getLength()) {
                repository.extendLease(id, lease, clock.instant().plus(COMPLETION_ALLOWANCE));
                complete(upload, storedBefore);
            }
            return transactions.execute(status -> {
                if (repository.lockLeased(id, lease) == null) {
                    // our lease ran out and another PATCH took the upload: its offset counts, not ours
                    throw new UploadBusy(id);
                }
                return repository.save(upload);
            });
        } finally {
            repository.releaseLease(id, lease);
        }
    }

    /** Marks a complete upload as used by a video or entry, so it can be used only once. */
    public Upload use(String id, long ownerId) {
        return transactions.execute(status -> {
            if (repository.markUsed(id, ownerId, clock.instant()) == 0) {
                Upload upload = find(id, ownerId);
                throw new UploadRejected(upload.getStatus() == UploadStatus.USED ? "upload.used" : "upload.incomplete");
            }
            return find(id, ownerId);
        });
    }

    /**
     * Cancels an upload and frees its share of the quota. A used upload is refused: its file is
     * the source of a video or entry and stays, so its bytes keep counting.
     */
    public void terminate(String id, long ownerId) {
        Upload upload = find(id, ownerId);
        if (upload.getStatus() == UploadStatus.USED) {
            throw new UploadInUse(id);
        }
        if (repository.deleteIdle(id, upload.getStatus().name(), clock.instant()) == 0) {
            if (find(id, ownerId).getStatus() == UploadStatus.USED) {
                throw new UploadInUse(id);
            }
            throw new UploadBusy(id);
        }
        if (upload.getStatus() == UploadStatus.RECEIVING) {
            discard(upload);
        } else {
            blobs.delete(upload.getBlobKey());
        }
    }

    /** Throws away unfinished uploads that have rested past their expiry. */
    public int removeExpired() {
        int removed = 0;
        Instant now = clock.instant();
        for (Upload upload : repository.findByStatusAndExpiresAtBefore(UploadStatus.RECEIVING, now)) {
            if (repository.deleteIdle(upload.getId(), UploadStatus.RECEIVING.name(), now) == 1) {
                discard(upload);
                removed++;
            }
        }
        return removed;
    }

    /**
     * Whether the storage already turned every byte into the blob but the portal stopped before it
     * recorded that: only this upload's completion writes its source key, and only whole.
     */
    private boolean completedBeforeACrash(Upload upload) {
        return blobs.stat(sourceKey(upload.getOwnerId(), upload.getId()))
                .filter(blob -> blob.size() == upload.getLength())
                .isPresent();
    }

    /** Throws away an unfinished upload's bytes, wherever they are. */
    private void discard(Upload upload) {
        // a completion that stored the blob but was not recorded (a crash) left the blob behind
        blobs.delete(sourceKey(upload.getOwnerId(), upload.getId()));
        storage.abort(upload.getId(), upload.getStorageRef());
    }

    private void complete(Upload upload, boolean storedBefore) {
        Account owner = accounts.findById(upload.getOwnerId())
                .filter(Account::isEnabled)
                .orElse(null);
        String blobKey = sourceKey(upload.getOwnerId(), upload.getId());
        if (owner == null) {
            discard(upload);
            repository.delete(upload);
            throw new UploadRejected("upload.account-disabled");
        }
        if (!storedBefore) {
            storage.complete(upload.getId(), upload.getStorageRef(), blobKey);
        }
        if (!looksLikeVideo(blobKey)) {
            blobs.delete(blobKey);
            repository.delete(upload);
            throw new UploadRejected("upload.not-video");
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
            throw new UploadRejected("upload.type", String.join("、", settings.allowedExtensions()));
        }
    }

    /**
     * Reserves the upload's declared length: the account's row is locked, so the sum checked and the
     * row inserted cannot interleave with another create of the same account on any portal.
     */
    private void reserve(Upload upload) {
        long ownerId = upload.getOwnerId();
        transactions.executeWithoutResult(status -> {
            repository.lockAccount(ownerId);
            if (repository.unfinishedOf(ownerId) >= settings.unfinishedPerAccount()) {
                throw new UploadRejected("upload.too-many-unfinished", settings.unfinishedPerAccount());
            }
            if (repository.usedBytesOf(ownerId) + upload.getLength()
                    > settings.quotaPerUser().toBytes()) {
                throw new UploadRejected("upload.quota", settings.quotaPerUser().toGigabytes());
            }
            repository.save(upload);
        });
    }

    /**
     * Takes the upload for one PATCH. The account's row is locked while its running PATCHes are
     * counted, so the cap holds across portals.
     */
    private Upload lease(String id, long ownerId, long offset, String lease) {
        Upload upload = find(id, ownerId);
        if (upload.isComplete() || offset != upload.getReceived()) {
            throw new UploadOffsetMismatch(upload.getReceived());
        }
        Instant now = clock.instant();
        Instant until = now.plus(settings.patchDeadline()).plus(LEASE_MARGIN);
        boolean taken = transactions.execute(status -> {
            repository.lockAccount(ownerId);
            if (repository.isLeased(id, now) > 0) {
                throw new UploadBusy(id);
            }
            if (repository.patchesRunningOf(ownerId, now) >= settings.patchesPerAccount()) {
                throw new UploadPatchLimitReached(ownerId, settings.patchesPerAccount());
            }
            return repository.takeLease(id, ownerId, offset, lease, until, now) == 1;
        });
        Upload current = find(id, ownerId);
        if (!taken) {
            // another PATCH finished in between: the client asks for the offset and goes on from there
            throw new UploadOffsetMismatch(current.getReceived());
        }
        return current;
    }

    private static String sourceKey(long ownerId, String id) {
        return "uploads/" + ownerId + "/" + id + "/source";
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
