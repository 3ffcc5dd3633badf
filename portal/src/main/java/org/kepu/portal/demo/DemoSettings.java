package org.kepu.portal.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Demo content for a first look at the platform.
 *
 * @param enabled load it on the first start of an empty database
 * @param videos also generate the demo micro-videos with the bundled ffmpeg and transcode them
 */
@ConfigurationProperties("kepu.demo")
record DemoSettings(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("true") boolean videos) {}
