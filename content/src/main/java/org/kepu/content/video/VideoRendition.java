package org.kepu.content.video;

import org.springframework.data.relational.core.mapping.Table;

/** One quality of the HLS ladder. */
@Table("video_rendition")
public record VideoRendition(int width, int height, int bandwidth) {}
