package org.kepu.content.audit;

/** How an audited action ended. */
public enum AuditResult {
    /** It was done. */
    SUCCESS,
    /** It was tried and failed, such as a login with a wrong password. */
    FAILURE,
    /** The platform refused it: missing rights or a broken rule. */
    REFUSED
}
