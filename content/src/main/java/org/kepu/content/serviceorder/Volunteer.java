package org.kepu.content.serviceorder;

/** A person of a volunteer team; retired ones keep their hours and drop out of the team's forms. */
public record Volunteer(long id, long teamId, String name, String phone, boolean retired) {

    /** The phone as lists show it (138****8000): only the team's forms need it in full. */
    public String maskedPhone() {
        return phone == null ? "" : OrderView.maskPhone(phone);
    }
}
