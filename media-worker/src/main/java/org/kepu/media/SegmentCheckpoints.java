package org.kepu.media;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.kepu.content.blob.BlobStore;
import org.kepu.content.blob.BlobStoreFailed;
import org.kepu.content.blob.MediaTypes;

/**
 * Complete HLS segments of a transcode kept in the blob store, so that a worker taking over a
 * killed job can keep them instead of encoding them again. They live under
 * {@code videos/<id>/resume/<plan>/}, where the plan key is a digest of the source's identity and
 * the transcode plan: a changed file or ladder finds no checkpoint and starts from zero. The
 * manifest {@code checkpoint.txt} is written after its segments and ends with a digest of itself,
 * so a torn or edited manifest is refused, as is a segment whose size or digest differs.
 */
class SegmentCheckpoints {

    static final String MANIFEST = "checkpoint.txt";
    private static final String HEADER = "kepu-checkpoint 1";
    // what ffmpeg names them (seg_%03d.ts); nothing else is ever restored into a work folder
    private static final Pattern SEGMENT_NAME = Pattern.compile("seg_\\d{3,6}\\.ts");

    /** One kept segment of rendition {@code rendition} ({@code v<rendition>/<name>}). */
    record Segment(int rendition, String name, double seconds, long size, String sha256) {}

    /** What a checkpoint holds: the segments, in order within each rendition. */
    record Checkpoint(String plan, List<Segment> segments) {

        Checkpoint {
            segments = List.copyOf(segments);
        }

        /** Segments every rendition has from the first on: where a resumed run starts. */
        int keptPerRendition() {
            int renditions =
                    segments.stream().mapToInt(Segment::rendition).max().orElse(-1) + 1;
            int kept = Integer.MAX_VALUE;
            for (int r = 0; r < renditions; r++) {
                int rendition = r;
                kept = Math.min(kept, (int) segments.stream()
                        .filter(s -> s.rendition() == rendition)
                        .count());
            }
            return renditions == 0 ? 0 : kept;
        }
    }

    private final BlobStore blobs;

    SegmentCheckpoints(BlobStore blobs) {
        this.blobs = blobs;
    }

    /** The plan key: a digest of what decides the output, source identity and plan together. */
    static String planKey(String sourceIdentity, String plan) {
        return sha256(sourceIdentity + "\n" + plan);
    }

    static String prefix(long videoId) {
        return "videos/" + videoId + "/resume";
    }

    /**
     * Keeps {@code v<r>/<name>} files of {@code outputDir} as listed: uploads the segments not
     * yet kept, then replaces the manifest. Segments must be complete (listed by ffmpeg's playlist).
     */
    Checkpoint keep(long videoId, String plan, Path outputDir, List<Segment> listed, Checkpoint before) {
        List<Segment> segments = new ArrayList<>(before == null ? List.of() : before.segments());
        for (Segment s : listed) {
            if (segments.stream()
                    .anyMatch(k -> k.rendition() == s.rendition() && k.name().equals(s.name()))) {
                continue;
            }
            Path file = outputDir.resolve("v" + s.rendition()).resolve(s.name());
            Segment measured = new Segment(s.rendition(), s.name(), s.seconds(), size(file), digest(file));
            blobs.put(segmentKey(videoId, plan, measured), file, MediaTypes.guess(s.name()));
            segments.add(measured);
        }
        Checkpoint checkpoint = new Checkpoint(plan, segments);
        byte[] manifest = manifest(checkpoint).getBytes(StandardCharsets.UTF_8);
        blobs.put(base(videoId, plan) + "/" + MANIFEST, new ByteArrayInputStream(manifest), "text/plain");
        return checkpoint;
    }

    /** The checkpoint of this plan, if one is there and intact. */
    Optional<Checkpoint> find(long videoId, String plan) {
        String key = base(videoId, plan) + "/" + MANIFEST;
        if (!blobs.exists(key)) {
            return Optional.empty();
        }
        try (InputStream in = blobs.open(key)) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), plan);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read checkpoint " + key, e);
        }
    }

    /**
     * Copies the kept segments into {@code outputDir} ({@code v<r>/<name>}), checking each against
     * the manifest. Answers the checkpoint restored, or empty (nothing usable: start from zero).
     */
    Optional<Checkpoint> restore(long videoId, String plan, Path outputDir) {
        Optional<Checkpoint> found = find(videoId, plan);
        if (found.isEmpty()) {
            return found;
        }
        for (Segment s : found.get().segments()) {
            Path file = outputDir.resolve("v" + s.rendition()).resolve(s.name());
            try {
                Files.createDirectories(file.getParent());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create " + file.getParent(), e);
            }
            blobs.copyTo(segmentKey(videoId, plan, s), file);
            if (size(file) != s.size() || !digest(file).equals(s.sha256())) {
                return Optional.empty();
            }
        }
        return found;
    }

    /** Removes every checkpoint of the video (after success, rejection, give-up). */
    void discard(long videoId) {
        blobs.deleteAll(prefix(videoId));
    }

    static String manifest(Checkpoint checkpoint) {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        text.append("plan ").append(checkpoint.plan()).append('\n');
        for (Segment s : checkpoint.segments()) {
            text.append(String.format(
                    Locale.ROOT, "seg %d %s %.6f %d %s%n", s.rendition(), s.name(), s.seconds(), s.size(), s.sha256()));
        }
        String sum = sha256(text.toString());
        return text.append("sum ").append(sum).append('\n').toString();
    }

    static Optional<Checkpoint> parse(String text, String plan) {
        int sumAt = text.lastIndexOf("sum ");
        if (!text.startsWith(HEADER + "\n") || sumAt < 0 || !text.endsWith("\n")) {
            return Optional.empty(); // torn: the sum is written last
        }
        String body = text.substring(0, sumAt);
        if (!text.substring(sumAt + 4).strip().equals(sha256(body))) {
            return Optional.empty();
        }
        List<Segment> segments = new ArrayList<>();
        String foundPlan = null;
        for (String line : body.split("\n")) {
            String[] f = line.split(" ");
            if (f[0].equals("plan") && f.length == 2) {
                foundPlan = f[1];
            } else if (f[0].equals("seg") && f.length == 6) {
                if (!f[1].matches("\\d{1,2}")
                        || !SEGMENT_NAME.matcher(f[2]).matches()
                        || !f[5].matches("[0-9a-f]{64}")) {
                    return Optional.empty(); // whoever can write the bucket must not reach past the work folder
                }
                segments.add(new Segment(
                        Integer.parseInt(f[1]), f[2], Double.parseDouble(f[3]), Long.parseLong(f[4]), f[5]));
            }
        }
        return plan.equals(foundPlan) ? Optional.of(new Checkpoint(plan, segments)) : Optional.empty();
    }

    private static String base(long videoId, String plan) {
        return prefix(videoId) + "/" + plan;
    }

    private static String segmentKey(long videoId, String plan, Segment s) {
        return base(videoId, plan) + "/v" + s.rendition() + "/" + s.name();
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot measure " + file, e);
        }
    }

    private static String digest(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha256())) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of()
                    .formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new BlobStoreFailed("Cannot digest " + file, e);
        }
    }

    private static String sha256(String text) {
        return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
