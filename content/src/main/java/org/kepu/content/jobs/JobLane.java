package org.kepu.content.jobs;

import com.github.kagkarlsson.scheduler.task.Task;

/**
 * Jobs that share threads. Each lane is a db-scheduler of its own that claims only its own job
 * types, so a queue full of transcodes (minutes each) never keeps a withdrawal, an index update or
 * a scheduled publication waiting (seconds each).
 */
enum JobLane {
    LIGHT,
    TRANSCODE;

    static JobLane of(Task<?> task) {
        return task.getName().equals(Jobs.TRANSCODE_VIDEO.name()) ? TRANSCODE : LIGHT;
    }

    int threads(JobSettings settings) {
        return this == TRANSCODE ? settings.transcodeThreads() : settings.threads();
    }

    /** Appended to the worker's name in the queue table's {@code picked_by}. */
    String suffix() {
        return this == TRANSCODE ? "/t" : "";
    }
}
