package org.kepu.content.serviceorder;

/**
 * Why an open order is late: not dispatched in time, no team accepted it in time (counted from the
 * order), or the service date passed without completion. Shown on the dashboards of whoever holds it.
 */
public enum Overdue {
    DISPATCH,
    TEAM,
    COMPLETION
}
