package org.kepu.content.serviceorder;

import java.util.Set;

/**
 * An expert as an administrator enters them.
 *
 * @param townCode the town they serve, or null for a banner-level expert of a department
 * @param specialties ids of the platform's columns (themes) they speak on
 * @param availability when they can come, in their words ("周末可下乡")
 * @param username the account they sign in with to see their orders, or blank for none
 */
public record ExpertDetails(
        String name,
        String organisation,
        String townCode,
        Long departmentId,
        Set<Long> specialties,
        boolean chinese,
        boolean mongolian,
        boolean available,
        String availability,
        String phone,
        String username) {

    public ExpertDetails {
        specialties = specialties == null ? Set.of() : Set.copyOf(specialties);
    }
}
