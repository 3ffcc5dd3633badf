package org.kepu.portal.search;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Times searches against the engine ({@code kepu.search}), apart from page rendering, so that a
 * slow Elasticsearch shows up as such in the metrics.
 */
@Component
class SearchLatency {

    private final Timer timer;

    SearchLatency(MeterRegistry registry) {
        this.timer = Timer.builder("kepu.search")
                .description("Time the search engine took to answer a query")
                .register(registry);
    }

    <T> T time(Supplier<T> search) {
        return timer.record(search);
    }
}
