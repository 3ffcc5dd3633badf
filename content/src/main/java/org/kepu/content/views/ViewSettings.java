package org.kepu.content.views;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * View counting.
 *
 * @param flushInterval how often the counts gathered in memory are written to the database
 */
@ConfigurationProperties("kepu.views")
public record ViewSettings(@DefaultValue("10s") Duration flushInterval) {}
