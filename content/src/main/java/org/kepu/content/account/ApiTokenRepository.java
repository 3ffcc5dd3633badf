package org.kepu.content.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ApiTokenRepository extends ListCrudRepository<ApiToken, Long> {

    Optional<ApiToken> findByTokenHash(String tokenHash);

    List<ApiToken> findByAccountIdOrderByCreatedAtDesc(long accountId);

    @Modifying
    @Query("update api_token set last_used_at = :at where id = :id")
    void touch(long id, Instant at);

    @Modifying
    @Query("delete from api_token where id = :id and account_id = :accountId")
    int deleteOfAccount(long id, long accountId);

    @Modifying
    @Query("delete from api_token where account_id = :accountId")
    int deleteAllOfAccount(long accountId);
}
