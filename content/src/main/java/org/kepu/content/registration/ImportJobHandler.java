package org.kepu.content.registration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.kepu.content.blob.BlobStore;
import org.kepu.content.reference.Towns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks and commits imports, in the background (the job queue) or for the API in the request. A
 * commit is one transaction: every row of the file is saved, or none.
 */
@Component
class ImportJobHandler {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final Logger log = LoggerFactory.getLogger(ImportJobHandler.class);
    private static final int BATCH = 1000;

    private final ImportStore store;
    private final RegistrationReports reports;
    private final Towns towns;
    private final BlobStore blobs;
    private final RegistrationSettings settings;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final TransactionTemplate separately;

    ImportJobHandler(
            ImportStore store,
            RegistrationReports reports,
            Towns towns,
            BlobStore blobs,
            RegistrationSettings settings,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.store = store;
        this.reports = reports;
        this.towns = towns;
        this.blobs = blobs;
        this.settings = settings;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Does what the import's status asks for; anything else (a repeat, a discarded import) is a
     * no-op. An unexpected failure is logged and ends the import as FAILED rather than leaving it
     * working for ever; nothing of it was saved, as a commit is one transaction.
     */
    void run(long id) {
        store.find(id).ifPresent(found -> {
            try {
                if (found.status() == ImportStatus.CHECKING) {
                    check(found);
                } else if (found.status() == ImportStatus.COMMITTING) {
                    commit(found);
                }
            } catch (RuntimeException e) {
                log.error("Import {} ({}, {} by {}) failed", id, found.status(), found.fileName(), found.username(), e);
                store.failed(id, new RegistrationRefused("UNEXPECTED"));
            }
        });
    }

    ImportRun runFor(RegistrationActor actor) {
        return new ImportRun(
                new TownNames(towns.findAllByOrderBySortOrder()), actor, today(), reports::history, settings);
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(BEIJING));
    }

    private void check(RegistrationImport found) {
        withFile(found, path -> {
            try {
                ImportCheck check = runFor(actorOf(found)).run(path, progress(found.id()), line -> {});
                Long duplicate = store.inEffectWithChecksum(found.checksum()).orElse(null);
                store.checked(
                        found.id(),
                        duplicate == null ? ImportStatus.CHECKED : ImportStatus.DUPLICATE,
                        check,
                        duplicate);
            } catch (RegistrationRefused refused) {
                store.failed(found.id(), refused);
            }
        });
    }

    void commit(RegistrationImport found) {
        withFile(found, path -> {
            try {
                ImportCheck check = transaction.execute(status -> {
                    ImportCheck result = save(found, path);
                    if (result.hasErrors()) {
                        status.setRollbackOnly();
                    }
                    return result;
                });
                if (check.hasErrors()) {
                    store.checked(found.id(), ImportStatus.CHECKED, check, null);
                }
            } catch (DataIntegrityViolationException e) {
                // the very same file was committed meanwhile by someone else: nothing of this one stays
                Long other = store.inEffectWithChecksum(found.checksum()).orElse(null);
                log.info("Import {} is the same file as import {}, committed meanwhile", found.id(), other);
                separately.executeWithoutResult(
                        s -> store.transition(found.id(), ImportStatus.COMMITTING, ImportStatus.DUPLICATE));
            } catch (RegistrationRefused refused) {
                store.failed(found.id(), refused);
            }
        });
    }

    private ImportCheck save(RegistrationImport found, Path path) {
        List<ReportLine> batch = new ArrayList<>(BATCH);
        try {
            ImportCheck check = runFor(actorOf(found)).run(path, progress(found.id()), line -> {
                batch.add(line);
                if (batch.size() == BATCH) {
                    reports.insert(batch, found.id(), found.username(), clock.instant());
                    batch.clear();
                }
            });
            if (check.hasErrors()) {
                return check;
            }
            reports.insert(batch, found.id(), found.username(), clock.instant());
            store.checked(found.id(), ImportStatus.COMMITTING, check, null);
            store.committed(found.id(), found.checksum(), clock.instant());
            return check;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Progress is written in its own transaction, so the page sees it while the commit is still open. */
    private ImportRun.Progress progress(long id) {
        return (done, total) -> separately.executeWithoutResult(s -> store.progress(id, done, total));
    }

    private void withFile(RegistrationImport found, FileWork work) {
        Path path = null;
        try {
            path = Files.createTempFile("kepu-registration-", ".import");
            blobs.copyTo(found.blobKey(), path);
            work.run(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the file of import " + found.id(), e);
        } finally {
            ReceivedFile.delete(path);
        }
    }

    static RegistrationActor actorOf(RegistrationImport found) {
        return found.scopeTown() == null
                ? RegistrationActor.admin(found.accountId(), found.username())
                : RegistrationActor.registrar(found.accountId(), found.username(), found.scopeTown());
    }

    private interface FileWork {
        void run(Path path) throws IOException;
    }
}
