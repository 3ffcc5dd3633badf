package org.kepu.content.registration;

import org.kepu.content.jobs.JobType;

/** The registration tracker's durable jobs. Their names are stored in the queue table: never rename one. */
final class RegistrationJobs {

    /** Validate or commit an uploaded file, depending on the import's status; data is the import id. */
    public static final JobType<Long> IMPORT = new JobType<>("registration-import", Long.class);

    private RegistrationJobs() {}
}
