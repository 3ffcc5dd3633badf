package org.kepu.content.video;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kepu.content.blob.BlobStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Caption tracks: read by {@link CaptionParser} (WebVTT or SRT, UTF-8 or GBK), checked against the
 * video's length, stored as UTF-8 WebVTT blobs, one per language (a new one replaces).
 */
@Service
public class Captions {

    private static final Map<String, String> LANGUAGES = new LinkedHashMap<>();

    static {
        LANGUAGES.put("zh", "中文");
        LANGUAGES.put("mn", "蒙古文");
        LANGUAGES.put("en", "English");
    }

    private final CaptionRepository repository;
    private final VideoRepository videos;
    private final BlobStore blobs;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final PendingCaptions pending;

    Captions(
            CaptionRepository repository,
            VideoRepository videos,
            BlobStore blobs,
            Clock clock,
            ApplicationEventPublisher events,
            PendingCaptions pending) {
        this.pending = pending;
        this.repository = repository;
        this.videos = videos;
        this.blobs = blobs;
        this.clock = clock;
        this.events = events;
    }

    /** The languages captions are kept in, code to name, in the order the desk offers them. */
    public static Map<String, String> languages() {
        return Collections.unmodifiableMap(LANGUAGES);
    }

    /** Whether captions are kept in this language (by its code). */
    public static boolean supports(String language) {
        return LANGUAGES.containsKey(language);
    }

    /** The name of the language a track is shown under, e.g. 中文; the code itself when captions are not kept in it. */
    public static String label(String language) {
        return LANGUAGES.getOrDefault(language, language);
    }

    /**
     * Adds or replaces the track of the language at once; {@code actor} is who did it, for the audit
     * and the reindex. Changes of a published video's captions go through {@link CaptionRevisions}.
     */
    @Transactional
    public Caption upload(long videoId, String language, byte[] content, String actor) {
        if (!supports(language)) {
            throw new InvalidCaption("video.caption.language");
        }
        // unknown until transcoded: then there is no length to check the cues against
        Integer seconds = videos.findById(videoId)
                .orElseThrow(() -> new VideoNotFound(videoId))
                .getDurationSeconds();
        CaptionTrack track = CaptionParser.parse(content, seconds);
        String key = "videos/" + videoId + "/captions/" + language + "-" + clock.millis() + ".vtt";
        blobs.put(key, new ByteArrayInputStream(track.toWebVtt().getBytes(StandardCharsets.UTF_8)), "text/vtt");
        return adopt(videoId, language, key, actor);
    }

    /** Publishes a stored WebVTT blob (an approved change) as the track of the language, replacing the one before. */
    Caption adopt(long videoId, String language, String key, String actor) {
        String label = LANGUAGES.get(language);
        Optional<Caption> previous = repository.findByVideoIdAndLanguage(videoId, language);
        previous.ifPresent(old -> {
            repository.delete(old);
            blobs.delete(old.blobKey());
        });
        Caption saved = repository.save(new Caption(null, videoId, language, label, key, clock.instant()));
        events.publishEvent(new VideoCaptionsChanged(videoId, actor, label));
        return saved;
    }

    @Transactional(readOnly = true)
    public List<Caption> of(long videoId) {
        return repository.findByVideoIdOrderByLanguage(videoId);
    }

    @Transactional(readOnly = true)
    public Optional<Caption> find(long videoId, String language) {
        return repository.findByVideoIdAndLanguage(videoId, language);
    }

    /** The stored WebVTT of the track. */
    public String webVtt(Caption caption) {
        return text(caption);
    }

    /** Removes the track; its blob leaves the store and the video is reindexed. False when there was none. */
    @Transactional
    public boolean remove(long videoId, String language, String actor) {
        Optional<Caption> caption = repository.findByVideoIdAndLanguage(videoId, language);
        caption.ifPresent(c -> {
            repository.delete(c);
            blobs.delete(c.blobKey());
            events.publishEvent(new VideoCaptionsChanged(videoId, actor, c.label()));
        });
        return caption.isPresent();
    }

    @Transactional(readOnly = true)
    public Optional<Caption> find(long videoId, long captionId) {
        return repository.findById(captionId).filter(c -> c.videoId() == videoId);
    }

    /** The cues of the video's track in this language, as stored; empty when it has none. */
    @Transactional(readOnly = true)
    public List<CaptionCue> cues(long videoId, String language) {
        return find(videoId, language)
                .map(caption -> CaptionParser.parse(text(caption).getBytes(StandardCharsets.UTF_8), null)
                        .cues())
                .orElse(List.of());
    }

    /** The text of every caption track of the video, for the sensitive-word check. */
    @Transactional(readOnly = true)
    public List<String> texts(long videoId) {
        return of(videoId).stream().map(this::text).toList();
    }

    /**
     * The text of every track as it would be published when the video's correction is approved: a
     * pending change in place of the published track of its language, for the sensitive-word check.
     */
    @Transactional(readOnly = true)
    public List<String> textsUnderReview(long videoId) {
        List<CaptionChange> changes = pending.of(videoId);
        List<String> texts = new ArrayList<>();
        of(videoId).stream()
                .filter(c -> changes.stream().noneMatch(p -> p.language().equals(c.language())))
                .map(this::text)
                .forEach(texts::add);
        changes.stream().filter(p -> !p.isRemoval()).map(pending::text).forEach(texts::add);
        return texts;
    }

    private String text(Caption caption) {
        try (InputStream in = blobs.open(caption.blobKey())) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
