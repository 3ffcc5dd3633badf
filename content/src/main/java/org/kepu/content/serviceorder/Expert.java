package org.kepu.content.serviceorder;

import java.time.Instant;
import java.util.List;

/**
 * An expert of the 科普专家库. The phone is personal data: staff read experts through
 * {@link ExpertView}, which masks it outside the expert's town and department.
 */
public record Expert(
        long id,
        String name,
        String organisation,
        String townCode,
        Long departmentId,
        List<Long> specialties,
        boolean chinese,
        boolean mongolian,
        boolean available,
        String availability,
        String phone,
        String username,
        Instant retiredAt) {

    public Expert {
        specialties = List.copyOf(specialties);
    }

    public boolean retired() {
        return retiredAt != null;
    }

    /** The staff who dispatch for the expert's town or department, and administrators. */
    boolean contactFor(ServiceStaff staff) {
        return (townCode != null && staff.forTown(townCode))
                || (departmentId != null && staff.forDepartment(departmentId))
                || staff.admin();
    }
}
