package org.kepu.content.account;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ApiTokenRepository extends ListCrudRepository<ApiToken, Long> {

    Optional<ApiToken> findByTokenHash(String tokenHash);

    @Modifying
    @Query("update api_token set last_used_at = :at where id = :id")
    void touch(long id, Instant at);
}
