package org.kepu.content.video;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kepu.content.blob.BlobStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Caption tracks: checked to be WebVTT, stored as blobs, one per language (a new one replaces). */
@Service
public class Captions {

    static final int MAX_BYTES = 512 * 1024;
    private static final Map<String, String> LANGUAGES = Map.of("zh", "中文", "mn", "蒙古文", "en", "English");

    private final CaptionRepository repository;
    private final BlobStore blobs;
    private final Clock clock;

    Captions(CaptionRepository repository, BlobStore blobs, Clock clock) {
        this.repository = repository;
        this.blobs = blobs;
        this.clock = clock;
    }

    @Transactional
    public Caption upload(long videoId, String language, byte[] content) {
        String label = LANGUAGES.get(language);
        if (label == null) {
            throw new InvalidCaption("不支持的字幕语言。");
        }
        check(content);
        String key = "videos/" + videoId + "/captions/" + language + "-" + clock.millis() + ".vtt";
        blobs.put(key, new ByteArrayInputStream(content), "text/vtt");
        Optional<Caption> previous = repository.findByVideoIdAndLanguage(videoId, language);
        previous.ifPresent(old -> {
            repository.delete(old);
            blobs.delete(old.blobKey());
        });
        return repository.save(new Caption(null, videoId, language, label, key, clock.instant()));
    }

    @Transactional(readOnly = true)
    public List<Caption> of(long videoId) {
        return repository.findByVideoIdOrderByLanguage(videoId);
    }

    @Transactional(readOnly = true)
    public Optional<Caption> find(long videoId, long captionId) {
        return repository.findById(captionId).filter(c -> c.videoId() == videoId);
    }

    /** The text of every caption track of the video, for the sensitive-word check. */
    @Transactional(readOnly = true)
    public List<String> texts(long videoId) {
        return of(videoId).stream().map(this::text).toList();
    }

    private String text(Caption caption) {
        try (InputStream in = blobs.open(caption.blobKey())) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void check(byte[] content) {
        if (content.length == 0) {
            throw new InvalidCaption("字幕文件是空的。");
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidCaption("字幕文件太大（不能超过 512 KB）。");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InvalidCaption("字幕文件必须是 UTF-8 编码的 WebVTT 文件。");
        }
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (!body.startsWith("WEBVTT") || !body.contains("-->")) {
            throw new InvalidCaption("这不是 WebVTT 字幕文件（应以 WEBVTT 开头，并包含时间轴）。");
        }
    }
}
