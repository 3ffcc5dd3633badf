package org.kepu.content.registration;

import java.time.Instant;
import java.util.List;

/**
 * One uploaded file and what became of it, with its provenance: who uploaded it, when, the file
 * name, its size and its SHA-256 checksum.
 */
public record RegistrationImport(
        long id,
        String fileName,
        long fileSize,
        String checksum,
        String blobKey,
        Long accountId,
        String username,
        String scopeTown,
        ImportStatus status,
        int totalRows,
        int processedRows,
        int validRows,
        int errorCount,
        int warningCount,
        String failureCode,
        List<String> failureArgs,
        Long duplicateOf,
        Instant createdAt,
        Instant committedAt,
        Instant undoneAt,
        String undoneBy) {

    /** 0–100, for the progress bar. */
    public int percent() {
        return totalRows == 0 ? 0 : (int) Math.min(100, processedRows * 100L / totalRows);
    }

    public boolean canConfirm() {
        return status == ImportStatus.CHECKED && errorCount == 0;
    }

    public boolean canUndo() {
        return status == ImportStatus.COMMITTED;
    }

    public boolean canDiscard() {
        return status == ImportStatus.CHECKED || status == ImportStatus.FAILED || status == ImportStatus.DUPLICATE;
    }

    /** Whether the person may see and act on this import: admins all, a registrar those of the own town. */
    public boolean visibleTo(RegistrationActor actor) {
        return actor.admin() || (actor.townCode() != null && actor.townCode().equals(scopeTown));
    }
}
