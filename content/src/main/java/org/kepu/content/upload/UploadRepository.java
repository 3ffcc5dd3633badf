package org.kepu.content.upload;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface UploadRepository extends ListCrudRepository<Upload, String> {

    /**
     * Locks the account's row until the transaction ends, so that quota and cap checks of one
     * account run one after another on every portal sharing the database.
     */
    @Query("select id from account where id = :ownerId for update")
    Long lockAccount(long ownerId);

    /** Every byte the account has uploaded or announced, finished or not. */
    @Query("select coalesce(sum(length), 0) from upload where owner_id = :ownerId")
    long usedBytesOf(long ownerId);

    @Query("select count(*) from upload where owner_id = :ownerId and status = 'RECEIVING'")
    int unfinishedOf(long ownerId);

    @Query("select count(*) from upload where owner_id = :ownerId and patch_lease_until > :now")
    int patchesRunningOf(long ownerId, Instant now);

    /** Takes the upload for one PATCH at {@code offset}, unless another PATCH holds it. */
    @Modifying
    @Query("""
            update upload set patch_lease = :lease, patch_lease_until = :until
            where id = :id and owner_id = :ownerId and status = 'RECEIVING' and received = :offset
              and (patch_lease_until is null or patch_lease_until <= :now)""")
    int takeLease(String id, long ownerId, long offset, String lease, Instant until, Instant now);

    @Modifying
    @Query("update upload set patch_lease_until = :until where id = :id and patch_lease = :lease")
    int extendLease(String id, String lease, Instant until);

    @Modifying
    @Query("update upload set patch_lease = null, patch_lease_until = null where id = :id and patch_lease = :lease")
    int releaseLease(String id, String lease);

    /** Locks the upload's row if this lease still holds it; null when the lease was lost. */
    @Query("select id from upload where id = :id and patch_lease = :lease for update")
    String lockLeased(String id, String lease);

    @Query("select count(*) from upload where id = :id and patch_lease_until > :now")
    int isLeased(String id, Instant now);

    /** Marks a complete upload used, once: of two concurrent uses only one changes the row. */
    @Modifying
    @Query("""
            update upload set status = 'USED', updated_at = :now
            where id = :id and owner_id = :ownerId and status = 'COMPLETE'""")
    int markUsed(String id, long ownerId, Instant now);

    /** Removes an upload still in {@code status} that no PATCH holds; a used upload is never removed. */
    @Modifying
    @Query("""
            delete from upload
            where id = :id and status = :status and status <> 'USED'
              and (patch_lease_until is null or patch_lease_until <= :now)""")
    int deleteIdle(String id, String status, Instant now);

    List<Upload> findByStatusAndExpiresAtBefore(UploadStatus status, Instant time);
}
