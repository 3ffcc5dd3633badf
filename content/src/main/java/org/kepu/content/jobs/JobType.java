package org.kepu.content.jobs;

import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import java.io.Serializable;

/**
 * A kind of durable background job: a name stored in the queue table and the type of its data.
 * Any module may enqueue a job by its type; the module that owns the work registers the handler.
 */
public record JobType<T extends Serializable>(String name, Class<T> dataClass) {

    public TaskDescriptor<T> descriptor() {
        return TaskDescriptor.of(name, dataClass);
    }
}
