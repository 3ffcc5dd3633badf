package org.kepu.content.reference;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

interface TownRepository extends Repository<Town, String> {

    List<Town> findAllByOrderBySortOrder();

    Optional<Town> findByCode(String code);

    Optional<Town> findByName(String name);
}
