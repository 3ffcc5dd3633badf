package org.kepu.portal.home;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The home page.
 *
 * @param cacheFor how long the home page's lists are reused before they are read again; changes to published
 *     content evict them at once, so this bounds only what nobody announces (view counts, column settings)
 */
@ConfigurationProperties("kepu.home")
record HomeSettings(@DefaultValue("5s") Duration cacheFor) {}
