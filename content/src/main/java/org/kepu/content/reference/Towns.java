package org.kepu.content.reference;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** The towns (镇、街道): fixed reference data inserted by migrations, read only. */
@Service
public class Towns {

    private final TownRepository towns;

    Towns(TownRepository towns) {
        this.towns = towns;
    }

    public List<Town> findAllByOrderBySortOrder() {
        return towns.findAllByOrderBySortOrder();
    }

    public Optional<Town> findByCode(String code) {
        return towns.findByCode(code);
    }

    public Optional<Town> findByName(String name) {
        return towns.findByName(name);
    }
}
