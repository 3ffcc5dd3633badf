package org.kepu.content.notice;

/**
 * The emergency notice was raised or lowered, published inside that transaction: every page shows it, so kept
 * pages are dropped with it.
 */
public record SiteNoticeChanged(long noticeId) {}
