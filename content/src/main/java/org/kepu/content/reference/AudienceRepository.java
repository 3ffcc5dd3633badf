package org.kepu.content.reference;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

interface AudienceRepository extends Repository<Audience, String> {

    List<Audience> findAllByOrderBySortOrder();

    Optional<Audience> findByCode(String code);

    Optional<Audience> findByName(String name);
}
