package org.kepu.media;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The media worker as its own process (scale-out): it claims transcode jobs from the shared
 * database and writes renditions to the shared blob store. Any number may run.
 */
@SpringBootApplication
public class MediaWorkerApplication {

    public static void main(String[] args) {
        SpringApplication.run(MediaWorkerApplication.class, args);
    }
}
