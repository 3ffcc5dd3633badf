package org.kepu.content.video;

import org.springframework.data.relational.core.mapping.Table;

@Table("video_audience")
record VideoAudience(String audienceCode) {}
