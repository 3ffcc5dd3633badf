package org.kepu.content.registration;

import java.time.LocalDate;
import java.util.Map;

/**
 * A registration target for a period, e.g. 30,000 信息员 by 2025-12-31, with optional allocations
 * per town code. Counts are cumulative, so a later period's goal is a higher cumulative number.
 */
public record RegistrationTarget(
        long id, String name, LocalDate periodStart, LocalDate deadline, int goal, Map<String, Integer> allocations) {

    public Integer allocation(String townCode) {
        return allocations.get(townCode);
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(periodStart) && !day.isAfter(deadline);
    }
}
