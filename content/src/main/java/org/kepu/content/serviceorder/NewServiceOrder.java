package org.kepu.content.serviceorder;

/**
 * What a resident (or a village worker for them) orders. Checked by {@link ServiceOrders#place};
 * {@code columnId}, {@code placeId}, {@code address} and {@code audienceCode} may be null.
 */
public record NewServiceOrder(
        String topic,
        Long columnId,
        String townCode,
        Long placeId,
        String address,
        String audienceCode,
        int expectedAttendance,
        String preferredDates,
        String contactName,
        String contactPhone,
        boolean consent) {}
