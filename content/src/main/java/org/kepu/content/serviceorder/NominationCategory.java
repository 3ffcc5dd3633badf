package org.kepu.content.serviceorder;

/** The yearly selections the plan names. */
public enum NominationCategory {
    /** 优秀科普工作者. */
    WORKER,
    /** 优秀科普信息员. */
    OFFICER
}
