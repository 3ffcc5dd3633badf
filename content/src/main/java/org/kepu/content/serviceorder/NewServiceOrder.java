package org.kepu.content.serviceorder;

/**
 * What a resident (or a village worker for them) orders. Checked by {@link ServiceOrders#place};
 * {@code columnId}, {@code placeId}, {@code address}, {@code audienceCode} and {@code onBehalfUnit}
 * may be null. {@code onBehalf} marks an order a 村/社区 worker placed for a resident (代为下单);
 * {@code onBehalfUnit} then names the worker's unit or role.
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
        boolean consent,
        boolean onBehalf,
        String onBehalfUnit) {

    /** An order the resident placed themselves. */
    public NewServiceOrder(
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
            boolean consent) {
        this(
                topic,
                columnId,
                townCode,
                placeId,
                address,
                audienceCode,
                expectedAttendance,
                preferredDates,
                contactName,
                contactPhone,
                consent,
                false,
                null);
    }
}
