package org.kepu.content;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The content module alone, as its tests see it. */
@SpringBootApplication
public class ContentTestApplication {}
