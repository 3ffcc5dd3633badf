package org.kepu.content.account;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface AccountRepository extends ListCrudRepository<Account, Long> {

    Optional<Account> findByUsername(String username);

    boolean existsByUsername(String username);

    List<Account> findAllByOrderByUsername();
}
