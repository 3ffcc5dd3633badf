package org.kepu.content.notice;

/**
 * What an emergency notice is about; each kind has ready guidance an editor can raise in one step, in both
 * languages: {@code notice.preset.<NAME>.title} and {@code .body} of the portal's bundles.
 */
public enum NoticeKind {
    SANDSTORM,
    FLOOD,
    EPIDEMIC,
    OTHER
}
