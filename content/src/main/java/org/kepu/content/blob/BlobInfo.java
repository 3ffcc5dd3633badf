package org.kepu.content.blob;

/** What is known of a stored blob without reading it. */
public record BlobInfo(String key, long size, String contentType) {}
