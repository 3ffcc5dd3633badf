package org.kepu.content.article;

public enum ReviewDecision {
    APPROVED,
    REJECTED
}
