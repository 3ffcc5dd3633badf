package org.kepu.portal.serviceorder;

import java.util.List;
import java.util.Set;
import org.kepu.content.serviceorder.Expert;
import org.kepu.content.serviceorder.ExpertDetails;

/** The administrators' expert form as sent; unchecked boxes arrive as null. */
public record ExpertForm(
        String name,
        String organisation,
        String townCode,
        Long departmentId,
        List<Long> specialties,
        Boolean chinese,
        Boolean mongolian,
        Boolean available,
        String availability,
        String phone,
        String username) {

    static ExpertForm empty() {
        return new ExpertForm("", "", "", null, List.of(), true, false, true, "", "", "");
    }

    static ExpertForm of(Expert e) {
        return new ExpertForm(
                e.name(),
                e.organisation(),
                e.townCode(),
                e.departmentId(),
                e.specialties(),
                e.chinese(),
                e.mongolian(),
                e.available(),
                e.availability(),
                e.phone(),
                e.username());
    }

    ExpertDetails details() {
        return new ExpertDetails(
                name,
                organisation,
                townCode,
                departmentId,
                specialties == null
                        ? Set.of()
                        : Set.copyOf(specialties.stream().filter(s -> s != null).toList()),
                Boolean.TRUE.equals(chinese),
                Boolean.TRUE.equals(mongolian),
                Boolean.TRUE.equals(available),
                availability,
                phone,
                username);
    }

    /** Whether the column is among the chosen specialties (for the template's checkboxes). */
    public boolean has(Long column) {
        return specialties != null && specialties.contains(column);
    }
}
