package org.kepu.content.reference;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** The audiences (受众): fixed reference data inserted by migrations, read only. */
@Service
public class Audiences {

    private final AudienceRepository audiences;

    Audiences(AudienceRepository audiences) {
        this.audiences = audiences;
    }

    public List<Audience> findAllByOrderBySortOrder() {
        return audiences.findAllByOrderBySortOrder();
    }

    public Optional<Audience> findByCode(String code) {
        return audiences.findByCode(code);
    }

    public Optional<Audience> findByName(String name) {
        return audiences.findByName(name);
    }
}
