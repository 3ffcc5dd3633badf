package org.kepu.content.notice;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface SiteNoticeRepository extends ListCrudRepository<SiteNotice, Long> {

    Optional<SiteNotice> findFirstByLoweredAtIsNullOrderByRaisedAtDesc();

    List<SiteNotice> findTop10ByOrderByRaisedAtDesc();
}
