package org.kepu.content.serviceorder;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Deadlines, retention and photo limits of service orders.
 *
 * @param dispatchWithin an order not dispatched by then is flagged overdue (3 days)
 * @param teamWithin an order without a team that accepted it by then, counted from the order, is
 *     flagged (7 days)
 * @param keepContactFor how long a closed order keeps the resident's name and phone (180 days)
 * @param maxPhotos how many photos one order may have in all (9)
 * @param checkEvery how often the reminder and retention jobs look at the orders (1 hour)
 */
@ConfigurationProperties("kepu.service-orders")
public record ServiceOrderSettings(
        @DefaultValue("3d") Duration dispatchWithin,
        @DefaultValue("7d") Duration teamWithin,
        @DefaultValue("180d") Duration keepContactFor,
        @DefaultValue("9") int maxPhotos,
        @DefaultValue("1h") Duration checkEvery) {}
