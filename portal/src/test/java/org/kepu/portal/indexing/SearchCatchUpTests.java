package org.kepu.portal.indexing;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.kepu.content.jobs.JobQueue;
import org.kepu.content.jobs.JobType;
import org.kepu.content.jobs.Jobs;
import org.kepu.search.SearchIndex;

/** The index jobs waiting out their back-off are retried the moment the engine answers again. */
class SearchCatchUpTests {

    private final AtomicBoolean engineUp = new AtomicBoolean(true);
    private final List<String> retried = new CopyOnWriteArrayList<>();
    private final SearchCatchUp catchUp = new SearchCatchUp(engine(), recordingQueue(), Duration.ofSeconds(1));

    @Test
    void theWaitingIndexJobsAreRetriedAtOnceWhenTheEngineIsBack() {
        catchUp.check(); // at start: jobs may have failed before this process ran
        retried.clear();

        engineUp.set(false);
        catchUp.check();
        catchUp.check();
        assertThat(retried).as("nothing to gain while the engine is down").isEmpty();

        engineUp.set(true);
        catchUp.check();
        assertThat(retried).containsExactly(Jobs.INDEX_CONTENT.name());
    }

    @Test
    void anEngineThatStaysUpCostsNoRetries() {
        catchUp.check();
        catchUp.check();
        catchUp.check();

        assertThat(retried)
                .as("once, for what may have waited from before the start")
                .hasSize(1);
    }

    @Test
    void everyReturnOfTheEngineRetriesAgain() {
        catchUp.check();
        for (int outage = 0; outage < 3; outage++) {
            engineUp.set(false);
            catchUp.check();
            engineUp.set(true);
            catchUp.check();
        }

        assertThat(retried).hasSize(4);
    }

    private SearchIndex engine() {
        return (SearchIndex) Proxy.newProxyInstance(
                SearchIndex.class.getClassLoader(), new Class<?>[] {SearchIndex.class}, (proxy, method, args) -> {
                    if (method.getName().equals("isUsable")) {
                        return engineUp.get();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private JobQueue recordingQueue() {
        return new JobQueue(null, Clock.systemUTC()) {
            @Override
            public int retryNow(JobType<?> type) {
                retried.add(type.name());
                return 1;
            }
        };
    }
}
