package org.kepu.portal.videodesk;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.kepu.content.text.UnicodeText;
import org.kepu.content.video.VideoChapter;
import org.kepu.content.video.VideoMetadata;
import org.springframework.format.annotation.DateTimeFormat;

/** The video editor's form: the metadata of a video, chapters one a line, tags separated by commas. */
record VideoForm(
        @UnicodeText
        @NotBlank(message = "{video.form.title.required}")
        @Size(max = 200, message = "{video.form.title.size}")
        String title,

        @UnicodeText @Size(max = 500, message = "{video.form.summary.size}")
        String summary,

        Long columnId,
        String townCode,
        List<String> audiences,

        @UnicodeText @Size(max = 300, message = "{video.form.tags.size}")
        String tags,

        @UnicodeText @Size(max = 4000, message = "{video.form.chapters.size}")
        String chapters,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime publishAt,

        @UnicodeText @Size(max = 200, message = "{video.form.titleMn.size}")
        String titleMn,

        @UnicodeText @Size(max = 500, message = "{video.form.summaryMn.size}")
        String summaryMn) {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    static VideoForm of(VideoMetadata m) {
        return new VideoForm(
                m.title(),
                m.summary(),
                m.columnId(),
                m.townCode(),
                m.audienceCodes(),
                String.join("，", m.tags()),
                VideoChapter.format(m.chapters()),
                m.publishAt() == null ? null : LocalDateTime.ofInstant(m.publishAt(), BEIJING),
                m.titleMn(),
                m.summaryMn());
    }

    /**
     * The metadata the form describes.
     *
     * @throws org.kepu.content.editorial.EditorialRuleBroken naming a chapter line that is not 分:秒 标题
     */
    VideoMetadata metadata() {
        return new VideoMetadata(
                title,
                summary,
                columnId,
                townCode,
                audiences,
                tags == null ? List.of() : Arrays.asList(tags.split("[,，、]")),
                VideoChapter.parse(chapters),
                publishAt == null ? null : publishAt.atZone(BEIJING).toInstant(),
                titleMn,
                summaryMn);
    }
}
