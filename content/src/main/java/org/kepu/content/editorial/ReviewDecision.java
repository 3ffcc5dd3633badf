package org.kepu.content.editorial;

public enum ReviewDecision {
    APPROVED,
    REJECTED
}
