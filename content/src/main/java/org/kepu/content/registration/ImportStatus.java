package org.kepu.content.registration;

/** Where an import stands. */
public enum ImportStatus {
    /** Uploaded; the file is being checked in the background. */
    CHECKING,
    /** Checked: the preview shows its rows, errors and warnings; it can be confirmed if it has no errors. */
    CHECKED,
    /** The very same file (same checksum) is already in effect. */
    DUPLICATE,
    /** The file could not be read at all (wrong type, no header …). */
    FAILED,
    /** Confirmed; its reports are being saved in the background. */
    COMMITTING,
    /** Its reports are in effect. */
    COMMITTED,
    /** Its reports were removed again. */
    UNDONE,
    /** Dropped after the preview, nothing saved. */
    DISCARDED;

    public boolean isWorking() {
        return this == CHECKING || this == COMMITTING;
    }
}
