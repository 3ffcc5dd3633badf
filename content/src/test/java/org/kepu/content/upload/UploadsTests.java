package org.kepu.content.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.kepu.content.DomainTexts;
import org.kepu.content.account.Account;
import org.kepu.content.account.Accounts;
import org.kepu.content.account.Role;
import org.kepu.content.blob.BlobStore;
import org.kepu.content.blob.UploadStorage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.util.unit.DataSize;

/** The quota and the one-PATCH-at-a-time rule hold in the database, on H2 and on PostgreSQL. */
@SpringBootTest(properties = "kepu.jobs.enabled=false")
class UploadsTests {

    private static final long TWO_GB = DataSize.ofGigabytes(2).toBytes();

    @Autowired
    Uploads uploads;

    @Autowired
    UploadRepository repository;

    @Autowired
    Accounts accounts;

    @Autowired
    BlobStore blobs;

    @Autowired
    UploadSettings settings;

    @Autowired
    UploadStorage storage;

    @Test
    void parallelCreatesReserveNoMoreThanTheQuota() throws Exception {
        long owner = creator();
        int expected = (int) (settings.quotaPerUser().toBytes() / TWO_GB);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(30);
        List<Future<Boolean>> results = new ArrayList<>();
        try {
            for (int i = 0; i < 30; i++) {
                int n = i;
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        uploads.create(owner, TWO_GB, "大视频" + n + ".mp4", "video/mp4");
                        return true;
                    } catch (UploadRejected refused) {
                        assertThat(DomainTexts.chinese(refused)).contains("上传空间不足");
                        return false;
                    }
                }));
            }
            start.countDown();
            int created = 0;
            for (Future<Boolean> result : results) {
                created += result.get() ? 1 : 0;
            }
            assertThat(created).isEqualTo(expected);
            assertThat(repository.usedBytesOf(owner)).isEqualTo(expected * TWO_GB);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aUsedUploadCannotBeCancelledAndKeepsCountingAgainstTheQuota() {
        long owner = creator();
        byte[] video = video(1000);
        Upload upload = uploads.create(owner, video.length, "种树.mp4", "video/mp4");
        uploads.append(upload.getId(), owner, 0, new ByteArrayInputStream(video));
        uploads.use(upload.getId(), owner);

        assertThatThrownBy(() -> uploads.terminate(upload.getId(), owner)).isInstanceOf(UploadInUse.class);

        assertThat(repository.usedBytesOf(owner)).isEqualTo(video.length);
        assertThat(blobs.exists(uploads.find(upload.getId(), owner).getBlobKey()))
                .isTrue();
    }

    @Test
    void aSecondPatchWhileOneRunsIsRefusedAndTheFirstWritesItsBytes() throws Exception {
        long owner = creator();
        byte[] video = video(4000);
        Upload upload = uploads.create(owner, video.length, "赛马.mp4", "video/mp4");
        CountDownLatch rest = new CountDownLatch(1);
        InputStream stalled =
                new SequenceInputStream(new ByteArrayInputStream(video, 0, 100), new GatedStream(rest, video, 100));
        CompletableFuture<Upload> first =
                CompletableFuture.supplyAsync(() -> uploads.append(upload.getId(), owner, 0, stalled));
        await().atMost(Duration.ofSeconds(20)).until(() -> repository.isLeased(upload.getId(), Instant.now()) == 1);

        assertThatThrownBy(() -> uploads.append(upload.getId(), owner, 0, new ByteArrayInputStream(video(4000))))
                .isInstanceOf(UploadBusy.class);
        assertThatThrownBy(() -> uploads.terminate(upload.getId(), owner)).isInstanceOf(UploadBusy.class);

        rest.countDown();
        assertThat(first.get().isComplete()).isTrue();
        assertThat(repository.isLeased(upload.getId(), Instant.now())).isZero();
        try (InputStream stored = blobs.open(uploads.find(upload.getId(), owner).getBlobKey(), 0, video.length)) {
            assertThat(stored.readAllBytes()).isEqualTo(video);
        }
    }

    @Test
    void anUploadWhoseCompletionWasNotRecordedBeforeACrashCompletesWhenTheClientResumes() throws IOException {
        long owner = creator();
        byte[] video = video(6000);
        Upload upload = uploads.create(owner, video.length, "那达慕.mp4", "video/mp4");
        String key = "uploads/" + owner + "/" + upload.getId() + "/source";
        // the storage moved the bytes into the blob, then the portal died before recording it
        storage.append(upload.getId(), upload.getStorageRef(), 0, video.length, new ByteArrayInputStream(video));
        storage.complete(upload.getId(), upload.getStorageRef(), key);
        assertThat(uploads.find(upload.getId(), owner).getReceived()).isZero();

        Upload resumed = uploads.append(upload.getId(), owner, 0, new ByteArrayInputStream(video));

        assertThat(resumed.isComplete()).isTrue();
        assertThat(resumed.getReceived()).isEqualTo(video.length);
        try (InputStream stored = blobs.open(resumed.getBlobKey())) {
            assertThat(stored.readAllBytes()).isEqualTo(video);
        }
    }

    @Test
    void cancellingAnUploadWhoseCompletionWasNotRecordedLeavesNoBlob() {
        long owner = creator();
        byte[] video = video(6000);
        Upload upload = uploads.create(owner, video.length, "敖包.mp4", "video/mp4");
        String key = "uploads/" + owner + "/" + upload.getId() + "/source";
        storage.append(upload.getId(), upload.getStorageRef(), 0, video.length, new ByteArrayInputStream(video));
        storage.complete(upload.getId(), upload.getStorageRef(), key);

        uploads.terminate(upload.getId(), owner);

        assertThat(blobs.exists(key)).isFalse();
    }

    private long creator() {
        return accounts.add(Account.create(
                        "up-" + System.nanoTime(), "{noop}secret", "上传者", Set.of(Role.CREATOR), Instant.now()))
                .getId();
    }

    /** Bytes that pass the container check: an ISO media "ftyp" box, then filler. */
    private static byte[] video(int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) (i * 31 + length);
        }
        System.arraycopy(new byte[] {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'm', 'p', '4', '2'}, 0, bytes, 0, 12);
        return bytes;
    }

    /** The rest of a body, held back until the test opens the gate. */
    private static final class GatedStream extends InputStream {

        private final CountDownLatch gate;
        private final ByteArrayInputStream rest;

        GatedStream(CountDownLatch gate, byte[] all, int from) {
            this.gate = gate;
            this.rest = new ByteArrayInputStream(all, from, all.length - from);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            try {
                gate.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
            return rest.read(buffer, offset, length);
        }
    }
}
