package org.kepu.content.serviceorder;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ServiceOrderRepository extends ListCrudRepository<ServiceOrder, Long> {

    Optional<ServiceOrder> findByTrackingToken(String trackingToken);

    @Query("select * from service_order where status not in ('COMPLETED', 'CANCELLED', 'MERGED') order by created_at")
    List<ServiceOrder> findOpen();

    @Query("select * from service_order where status in ('COMPLETED', 'CANCELLED', 'MERGED')"
            + " and contact_erased_at is null and updated_at < :before")
    List<ServiceOrder> findClosedWithContactBefore(Instant before);

    @Query("select * from service_order order by created_at desc limit :limit")
    List<ServiceOrder> findLatest(int limit);
}
