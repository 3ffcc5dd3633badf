package org.kepu.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kepu.content.blob.BlobStore;
import org.kepu.media.SegmentCheckpoints.Checkpoint;
import org.kepu.media.SegmentCheckpoints.Segment;

/** Kept segments in a blob store: what is restored, and what is refused. Once per store. */
abstract class SegmentCheckpointsContract {

    private static final long VIDEO = 42;
    private static final String PLAN = SegmentCheckpoints.planKey("uploads/7/科普.mp4 1234", "720,480 hls_time=4");

    @TempDir
    Path temp;

    private BlobStore blobs;
    private SegmentCheckpoints checkpoints;
    private Path out;

    @BeforeEach
    void setUp() throws IOException {
        blobs = createStore(temp);
        checkpoints = new SegmentCheckpoints(blobs);
        out = temp.resolve("out");
        for (int r = 0; r < 2; r++) {
            Files.createDirectories(out.resolve("v" + r));
            for (int i = 0; i < 3; i++) {
                Files.writeString(out.resolve("v" + r).resolve(name(i)), "段 " + r + "/" + i);
            }
        }
    }

    @Test
    void keptSegmentsAreRestoredIntoAFreshFolder() throws IOException {
        Checkpoint first = checkpoints.keep(VIDEO, PLAN, out, listed(2), null);
        checkpoints.keep(VIDEO, PLAN, out, listed(3), first);
        Path fresh = temp.resolve("fresh");

        Checkpoint restored = checkpoints.restore(VIDEO, PLAN, fresh).orElseThrow();

        assertThat(restored.keptPerRendition()).isEqualTo(3);
        assertThat(Files.readString(fresh.resolve("v1").resolve(name(2)))).isEqualTo("段 1/2");
        assertThat(restored.segments()).extracting(Segment::seconds).containsOnly(4.0);
    }

    @Test
    void aRenditionBehindTheOthersDecidesWhereToResume() {
        List<Segment> uneven = List.of(seg(0, 0), seg(0, 1), seg(1, 0));
        checkpoints.keep(VIDEO, PLAN, out, uneven, null);

        assertThat(checkpoints.find(VIDEO, PLAN).orElseThrow().keptPerRendition())
                .isEqualTo(1);
    }

    @Test
    void aTornManifestIsRefused() throws IOException {
        checkpoints.keep(VIDEO, PLAN, out, listed(3), null);
        String key = SegmentCheckpoints.prefix(VIDEO) + "/" + PLAN + "/" + SegmentCheckpoints.MANIFEST;
        String whole = read(key);
        blobs.put(key, bytes(whole.substring(0, whole.length() / 2)), "text/plain");

        assertThat(checkpoints.restore(VIDEO, PLAN, temp.resolve("fresh"))).isEmpty();
    }

    @Test
    void anEditedManifestIsRefused() throws IOException {
        checkpoints.keep(VIDEO, PLAN, out, listed(3), null);
        String key = SegmentCheckpoints.prefix(VIDEO) + "/" + PLAN + "/" + SegmentCheckpoints.MANIFEST;
        blobs.put(key, bytes(read(key).replace("seg 1 seg_002.ts", "seg 1 seg_009.ts")), "text/plain");

        assertThat(checkpoints.find(VIDEO, PLAN)).isEmpty();
    }

    /** The sum is a digest, not a signature: a forged manifest must still not write outside the folder. */
    @Test
    void aManifestNamingAFileOutsideTheSegmentFolderIsRefused() throws IOException {
        Files.writeString(temp.resolve("escape.ts"), "kept");
        String digest = "0".repeat(64);
        String key = SegmentCheckpoints.prefix(VIDEO) + "/" + PLAN + "/" + SegmentCheckpoints.MANIFEST;
        for (String name : List.of("../../escape.ts", "../v1/seg_000.ts", "seg_000.ts/..", "index.m3u8")) {
            String forged =
                    SegmentCheckpoints.manifest(new Checkpoint(PLAN, List.of(new Segment(0, name, 4.0, 4, digest))));
            blobs.put(key, bytes(forged), "text/plain");

            assertThat(checkpoints.restore(VIDEO, PLAN, temp.resolve("fresh")))
                    .as(name)
                    .isEmpty();
        }
        assertThat(Files.readString(temp.resolve("escape.ts"))).isEqualTo("kept");
        assertThat(SegmentCheckpoints.parse(
                        SegmentCheckpoints.manifest(
                                new Checkpoint(PLAN, List.of(new Segment(0, name(0), 4.0, 4, digest)))),
                        PLAN))
                .as("a name ffmpeg writes")
                .isPresent();
    }

    @Test
    void aChangedPlanOrSourceFindsNoCheckpoint() {
        checkpoints.keep(VIDEO, PLAN, out, listed(3), null);
        String otherPlan = SegmentCheckpoints.planKey("uploads/7/科普.mp4 1234", "720,480,360 hls_time=4");
        String otherSource = SegmentCheckpoints.planKey("uploads/7/科普-新.mp4 999", "720,480 hls_time=4");

        assertThat(checkpoints.restore(VIDEO, otherPlan, temp.resolve("a"))).isEmpty();
        assertThat(checkpoints.restore(VIDEO, otherSource, temp.resolve("b"))).isEmpty();
        // a manifest copied under another plan's key still names its own plan
        String manifest =
                SegmentCheckpoints.manifest(checkpoints.find(VIDEO, PLAN).orElseThrow());
        assertThat(SegmentCheckpoints.parse(manifest, otherPlan)).isEmpty();
    }

    @Test
    void aSegmentThatChangedInTheStoreIsRefused() {
        checkpoints.keep(VIDEO, PLAN, out, listed(3), null);
        String key = SegmentCheckpoints.prefix(VIDEO) + "/" + PLAN + "/v0/" + name(1);
        blobs.put(key, bytes("段 0/X"), "video/mp2t"); // same size, other bytes

        assertThat(checkpoints.restore(VIDEO, PLAN, temp.resolve("fresh"))).isEmpty();
    }

    @Test
    void discardRemovesEveryCheckpointOfTheVideoOnly() {
        checkpoints.keep(VIDEO, PLAN, out, listed(3), null);
        checkpoints.keep(VIDEO + 1, PLAN, out, listed(1), null);

        checkpoints.discard(VIDEO);

        assertThat(checkpoints.find(VIDEO, PLAN)).isEmpty();
        assertThat(blobs.exists(SegmentCheckpoints.prefix(VIDEO) + "/" + PLAN + "/v0/" + name(0)))
                .isFalse();
        assertThat(checkpoints.find(VIDEO + 1, PLAN)).isPresent();
    }

    protected abstract BlobStore createStore(Path temp);

    private static List<Segment> listed(int perRendition) {
        List<Segment> segments = new java.util.ArrayList<>();
        for (int i = 0; i < perRendition; i++) {
            segments.add(seg(0, i));
            segments.add(seg(1, i));
        }
        return segments;
    }

    private static Segment seg(int rendition, int index) {
        return new Segment(rendition, name(index), 4.0, 0, "");
    }

    private static String name(int index) {
        return String.format("seg_%03d.ts", index);
    }

    private String read(String key) throws IOException {
        try (InputStream in = blobs.open(key)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
