package org.kepu.content.registration;

/**
 * Who reports or imports: an ADMIN may report for every town, a REGISTRAR only for the town bound to
 * the account ({@code townCode}, null when not yet bound).
 */
public record RegistrationActor(Long accountId, String username, String townCode, boolean admin) {

    public static RegistrationActor admin(Long accountId, String username) {
        return new RegistrationActor(accountId, username, null, true);
    }

    public static RegistrationActor registrar(Long accountId, String username, String townCode) {
        return new RegistrationActor(accountId, username, townCode, false);
    }

    /** Whether this person may report figures for the town. */
    public boolean mayReportFor(String town) {
        return admin || (townCode != null && townCode.equals(town));
    }

    /** Refuses a registrar who has no town yet: such a person can report nothing. */
    void requireBound() {
        if (!admin && townCode == null) {
            throw new RegistrationRefused("NOT_BOUND");
        }
    }
}
