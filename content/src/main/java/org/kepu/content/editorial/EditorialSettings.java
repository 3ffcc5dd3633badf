package org.kepu.content.editorial;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The editorial workflow.
 *
 * @param reviewLevels how many different reviewers must approve an article before it is published
 *     (1 for a small team; 3 for 三审)
 */
@ConfigurationProperties("kepu.editorial")
public record EditorialSettings(@DefaultValue("1") int reviewLevels) {

    public EditorialSettings {
        if (reviewLevels < 1 || reviewLevels > 5) {
            throw new IllegalArgumentException("kepu.editorial.review-levels must be 1 to 5");
        }
    }
}
