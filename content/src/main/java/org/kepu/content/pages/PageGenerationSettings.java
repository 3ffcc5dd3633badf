package org.kepu.content.pages;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The page generation shared by the portals of one database.
 *
 * @param pollInterval how often each portal reads the counter; a change made through another portal
 *     reaches this one's cached pages within about this time
 */
@ConfigurationProperties("kepu.pages")
public record PageGenerationSettings(@DefaultValue("1s") Duration pollInterval) {

    public PageGenerationSettings {
        if (pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("kepu.pages.poll-interval must be positive");
        }
    }
}
