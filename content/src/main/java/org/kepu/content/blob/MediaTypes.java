package org.kepu.content.blob;

import java.util.Locale;
import java.util.Map;

/** Content types of the files the platform stores, by extension. */
public final class MediaTypes {

    private static final Map<String, String> BY_EXTENSION = Map.of(
            "m3u8", "application/vnd.apple.mpegurl",
            "ts", "video/mp2t",
            "mp4", "video/mp4",
            "jpg", "image/jpeg",
            "jpeg", "image/jpeg",
            "png", "image/png",
            "webp", "image/webp",
            "vtt", "text/vtt");

    private MediaTypes() {}

    public static String guess(String key) {
        int dot = key.lastIndexOf('.');
        String extension = dot < 0 ? "" : key.substring(dot + 1).toLowerCase(Locale.ROOT);
        return BY_EXTENSION.getOrDefault(extension, "application/octet-stream");
    }
}
