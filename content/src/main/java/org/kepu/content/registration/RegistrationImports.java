package org.kepu.content.registration;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.kepu.content.audit.AuditLog;
import org.kepu.content.blob.BlobStore;
import org.kepu.content.jobs.JobQueue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports of the spreadsheets registration officers keep: upload, a checked preview, confirmation,
 * undo. Checking and saving run in the job queue with progress; the API can also do both in the
 * request. The same file (by checksum) is never in effect twice.
 */
@Service
public class RegistrationImports {

    private static final int LISTED = 30;

    private final ImportStore store;
    private final RegistrationReports reports;
    private final ImportJobHandler handler;
    private final BlobStore blobs;
    private final JobQueue jobs;
    private final RegistrationSettings settings;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final AuditLog audit;

    RegistrationImports(
            ImportStore store,
            RegistrationReports reports,
            ImportJobHandler handler,
            BlobStore blobs,
            JobQueue jobs,
            RegistrationSettings settings,
            Clock clock,
            PlatformTransactionManager transactions,
            AuditLog audit) {
        this.store = store;
        this.reports = reports;
        this.handler = handler;
        this.blobs = blobs;
        this.jobs = jobs;
        this.settings = settings;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.audit = audit;
    }

    /**
     * Keeps the uploaded file and starts checking it in the background. A file that is empty, too
     * large or not a spreadsheet is refused at once and nothing is kept.
     */
    public RegistrationImport upload(InputStream content, String fileName, RegistrationActor actor) {
        RegistrationImport created = keep(content, fileName, actor, ImportStatus.CHECKING);
        transaction.executeWithoutResult(
                s -> jobs.enqueueOnce(RegistrationJobs.IMPORT, key(created.id(), "check"), created.id()));
        return created;
    }

    /** Checks a file in the request and saves nothing. */
    public ImportCheck check(InputStream content, String fileName, RegistrationActor actor) {
        actor.requireBound();
        try (ReceivedFile file =
                ReceivedFile.receive(content, settings.maxFileSize().toBytes())) {
            return handler.runFor(actor).run(file.path(), (done, total) -> {}, line -> {});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Checks and, if the file has no errors, saves it in the request; the import records the outcome. */
    public RegistrationImport importNow(InputStream content, String fileName, RegistrationActor actor) {
        RegistrationImport created = keep(content, fileName, actor, ImportStatus.COMMITTING);
        var duplicate = store.inEffectWithChecksum(created.checksum());
        if (duplicate.isPresent()) {
            store.transition(created.id(), ImportStatus.COMMITTING, ImportStatus.DUPLICATE);
        } else {
            handler.commit(created);
        }
        return store.find(created.id()).orElseThrow();
    }

    /** Saves a checked import without errors, in the background. */
    public RegistrationImport confirm(long id, RegistrationActor actor) {
        RegistrationImport found = find(id, actor);
        if (!found.canConfirm()) {
            throw new RegistrationRefused("CANNOT_CONFIRM");
        }
        transaction.executeWithoutResult(s -> {
            if (store.transition(id, ImportStatus.CHECKED, ImportStatus.COMMITTING)) {
                jobs.enqueueOnce(RegistrationJobs.IMPORT, key(id, "commit"), id);
                audit.record(actor.username(), "registration.import-confirmed", "registration-import", id, null);
            }
        });
        return find(id, actor);
    }

    /** Drops an import that was not saved. */
    public void discard(long id, RegistrationActor actor) {
        RegistrationImport found = find(id, actor);
        if (!found.canDiscard() || !store.transition(id, found.status(), ImportStatus.DISCARDED)) {
            throw new RegistrationRefused("CANNOT_DISCARD");
        }
    }

    /** Removes every report of the import in one transaction; earlier reports they hid are in effect again. */
    public int undo(long id, RegistrationActor actor) {
        RegistrationImport found = find(id, actor);
        if (!found.canUndo()) {
            throw new RegistrationRefused("CANNOT_UNDO");
        }
        Integer removed = transaction.execute(s -> {
            if (!store.undone(id, actor.username(), clock.instant())) {
                throw new RegistrationRefused("CANNOT_UNDO");
            }
            int deleted = reports.deleteImport(id);
            audit.record(actor.username(), "registration.import-undone", "registration-import", id, deleted + " rows");
            return deleted;
        });
        return removed == null ? 0 : removed;
    }

    public RegistrationImport find(long id, RegistrationActor actor) {
        return store.find(id).filter(i -> i.visibleTo(actor)).orElseThrow(() -> new ImportNotFound(id));
    }

    public List<RegistrationImport> latest(RegistrationActor actor) {
        return store.latest(actor, LISTED);
    }

    public List<Problem> problems(long id, RegistrationActor actor) {
        return store.problems(find(id, actor).id());
    }

    public List<ReportLine> preview(long id, RegistrationActor actor) {
        return store.preview(find(id, actor).id());
    }

    public List<ImportCheck.TownInFile> towns(long id, RegistrationActor actor) {
        return store.towns(find(id, actor).id());
    }

    private RegistrationImport keep(
            InputStream content, String fileName, RegistrationActor actor, ImportStatus status) {
        actor.requireBound();
        try (ReceivedFile file =
                ReceivedFile.receive(content, settings.maxFileSize().toBytes())) {
            SpreadsheetFile recognised = SpreadsheetFile.recognise(file.path(), settings);
            String key = "registration/imports/" + UUID.randomUUID()
                    + (recognised.format() == SpreadsheetFile.Format.XLSX ? ".xlsx" : ".csv");
            blobs.put(
                    key,
                    file.path(),
                    recognised.format() == SpreadsheetFile.Format.XLSX
                            ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                            : "text/csv");
            long id = store.create(name(fileName), file.size(), file.checksum(), key, actor, status, clock.instant());
            return store.find(id).orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String name(String fileName) {
        String name =
                fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "").strip();
        if (name.isEmpty()) {
            return "未命名文件";
        }
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }

    private static String key(long id, String step) {
        return "registration-import-" + id + "-" + step;
    }
}
