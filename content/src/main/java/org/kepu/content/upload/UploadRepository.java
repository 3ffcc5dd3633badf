package org.kepu.content.upload;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface UploadRepository extends ListCrudRepository<Upload, String> {

    /** Every byte the account has uploaded or announced, finished or not. */
    @Query("select coalesce(sum(length), 0) from upload where owner_id = :ownerId")
    long usedBytesOf(long ownerId);

    List<Upload> findByStatusAndExpiresAtBefore(UploadStatus status, Instant time);
}
