package org.kepu.content.video;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Videos of the platform.
 *
 * @param maxUnfinishedPerAccount how many of one account's videos may wait for or be in
 *     transcoding at once; one more is refused before its upload is taken, so that no account can
 *     fill the transcode queue for everybody
 */
@Validated
@ConfigurationProperties("kepu.videos")
public record VideoSettings(@DefaultValue("3") @Min(1) int maxUnfinishedPerAccount) {}
