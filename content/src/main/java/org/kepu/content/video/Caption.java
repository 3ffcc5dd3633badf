package org.kepu.content.video;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A WebVTT caption track of a video, one per language. */
@Table("video_caption")
public record Caption(@Id Long id, long videoId, String language, String label, String blobKey, Instant createdAt) {}
