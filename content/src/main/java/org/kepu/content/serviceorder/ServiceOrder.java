package org.kepu.content.serviceorder;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A resident's order for a science service and where it stands. The contact is personal data: it is
 * shown only to the staff holding the order ({@link ServiceOrders#view}) and erased a while after
 * the order is closed.
 */
@Table("service_order")
public class ServiceOrder {

    @Id
    private Long id;

    private String trackingToken;
    private String topic;
    private Long columnId;
    private String townCode;
    private Long placeId;
    private String address;
    private String audienceCode;
    private int expectedAttendance;
    private String preferredDates;
    private String contactName;
    private String contactPhone;
    private ServiceOrderStatus status;
    private Long departmentId;
    private Long teamId;
    private LocalDate serviceDate;
    private String people;
    private Integer attendance;
    private String report;
    private Integer rating;
    private String ratingComment;
    private Long mergedInto;
    private Instant createdAt;
    private Instant dispatchedAt;
    private Instant teamedAt;
    private Instant completedAt;
    private Instant contactErasedAt;
    private Instant updatedAt;
    private boolean onBehalf;
    private String onBehalfUnit;
    private Overdue overdueReminded;

    ServiceOrder() {}

    static ServiceOrder placed(NewServiceOrder order, String trackingToken, Instant now) {
        ServiceOrder o = new ServiceOrder();
        o.trackingToken = trackingToken;
        o.topic = order.topic();
        o.columnId = order.columnId();
        o.townCode = order.townCode();
        o.placeId = order.placeId();
        o.address = order.address();
        o.audienceCode = order.audienceCode();
        o.expectedAttendance = order.expectedAttendance();
        o.preferredDates = order.preferredDates();
        o.contactName = order.contactName();
        o.contactPhone = order.contactPhone();
        o.onBehalf = order.onBehalf();
        o.onBehalfUnit = order.onBehalfUnit();
        o.status = ServiceOrderStatus.ORDERED;
        o.createdAt = now;
        o.updatedAt = now;
        return o;
    }

    void dispatchedTo(long department, Instant now) {
        status = ServiceOrderStatus.DISPATCHED;
        departmentId = department;
        dispatchedAt = now;
        updatedAt = now;
    }

    void claimed(Instant now) {
        status = ServiceOrderStatus.CLAIMED;
        updatedAt = now;
    }

    void offeredTo(long team, Instant now) {
        status = ServiceOrderStatus.OFFERED;
        teamId = team;
        if (dispatchedAt == null) {
            dispatchedAt = now;
        }
        updatedAt = now;
    }

    void accepted(String names, LocalDate date, Instant now) {
        status = ServiceOrderStatus.ACCEPTED;
        people = names;
        serviceDate = date;
        teamedAt = now;
        updatedAt = now;
    }

    /** Back to whoever offered it: the department that claimed it, or the town. */
    void declined(Instant now) {
        teamId = null;
        status = departmentId != null ? ServiceOrderStatus.CLAIMED : ServiceOrderStatus.ORDERED;
        updatedAt = now;
    }

    void completed(int attended, String text, Instant now) {
        status = ServiceOrderStatus.COMPLETED;
        attendance = attended;
        report = text;
        completedAt = now;
        updatedAt = now;
    }

    void rated(int stars, String comment, Instant now) {
        rating = stars;
        ratingComment = comment;
        updatedAt = now;
    }

    void cancelled(Instant now) {
        status = ServiceOrderStatus.CANCELLED;
        updatedAt = now;
    }

    void mergedInto(long other, Instant now) {
        status = ServiceOrderStatus.MERGED;
        mergedInto = other;
        updatedAt = now;
    }

    void contactErased(Instant now) {
        contactName = null;
        contactPhone = null;
        // the unit may name the worker; that it was ordered on someone's behalf stays for the statistics
        onBehalfUnit = null;
        contactErasedAt = now;
        updatedAt = now;
    }

    /** The reminder of this reason was written; the order's update time stays (it is no step). */
    void reminded(Overdue reason) {
        overdueReminded = reason;
    }

    /** The staff who must act next: they alone see the contact. */
    boolean isHeldBy(ServiceStaff staff) {
        return switch (status) {
            case ORDERED -> staff.forTown(townCode);
            case DISPATCHED, CLAIMED -> staff.forDepartment(departmentId);
            case OFFERED, ACCEPTED -> staff.forTeam(teamId);
            case COMPLETED, CANCELLED, MERGED -> staff.admin();
        };
    }

    /** Whether the staff member sees the order at all: its town, or a department or team it reached. */
    boolean isVisibleTo(ServiceStaff staff) {
        return staff.forTown(townCode)
                || (departmentId != null && staff.forDepartment(departmentId))
                || (teamId != null && staff.forTeam(teamId));
    }

    public Long getId() {
        return id;
    }

    public String getTrackingToken() {
        return trackingToken;
    }

    public String getTopic() {
        return topic;
    }

    public Long getColumnId() {
        return columnId;
    }

    public String getTownCode() {
        return townCode;
    }

    public Long getPlaceId() {
        return placeId;
    }

    public String getAddress() {
        return address;
    }

    public String getAudienceCode() {
        return audienceCode;
    }

    public int getExpectedAttendance() {
        return expectedAttendance;
    }

    public String getPreferredDates() {
        return preferredDates;
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public ServiceOrderStatus getStatus() {
        return status;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public Long getTeamId() {
        return teamId;
    }

    public LocalDate getServiceDate() {
        return serviceDate;
    }

    public String getPeople() {
        return people;
    }

    public Integer getAttendance() {
        return attendance;
    }

    public String getReport() {
        return report;
    }

    public Integer getRating() {
        return rating;
    }

    public String getRatingComment() {
        return ratingComment;
    }

    public Long getMergedInto() {
        return mergedInto;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getDispatchedAt() {
        return dispatchedAt;
    }

    public Instant getTeamedAt() {
        return teamedAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getContactErasedAt() {
        return contactErasedAt;
    }

    public boolean isOnBehalf() {
        return onBehalf;
    }

    public String getOnBehalfUnit() {
        return onBehalfUnit;
    }

    public Overdue getOverdueReminded() {
        return overdueReminded;
    }
}
