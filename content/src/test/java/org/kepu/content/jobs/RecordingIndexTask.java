package org.kepu.content.jobs;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Stands in for the portal's index handler, recording which items it was asked to index. */
@TestConfiguration(proxyBeanMethods = false)
public class RecordingIndexTask {

    public static final List<String> INDEXED = new CopyOnWriteArrayList<>();

    @Bean
    Task<String> recordingIndexTask() {
        return Tasks.oneTime(Jobs.INDEX_CONTENT.descriptor())
                .execute((instance, context) -> INDEXED.add(instance.getData()));
    }
}
