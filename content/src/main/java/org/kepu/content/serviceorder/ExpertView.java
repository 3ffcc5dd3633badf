package org.kepu.content.serviceorder;

import java.util.List;

/**
 * An expert as one staff member sees them: the phone in full only for the staff of the expert's
 * town or department and administrators, masked (138****8000) for everyone else.
 */
public record ExpertView(
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
        boolean contactShown,
        boolean retired) {

    static ExpertView of(Expert expert, ServiceStaff staff) {
        boolean shown = expert.contactFor(staff);
        return new ExpertView(
                expert.id(),
                expert.name(),
                expert.organisation(),
                expert.townCode(),
                expert.departmentId(),
                expert.specialties(),
                expert.chinese(),
                expert.mongolian(),
                expert.available(),
                expert.availability(),
                shown ? expert.phone() : OrderView.maskPhone(expert.phone()),
                shown,
                expert.retired());
    }
}
