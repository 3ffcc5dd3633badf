package org.kepu.content.serviceorder;

import java.util.ArrayList;
import java.util.List;

/** The where-clause and parameters of a search of the pool; every part the person typed is a parameter. */
record ExpertSearch(String where, List<Object> parameters) {

    static ExpertSearch of(ExpertQuery query) {
        StringBuilder where = new StringBuilder("where 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (!query.withRetired()) {
            where.append(" and e.retired_at is null");
        }
        if (query.townCode() != null && !query.townCode().isBlank()) {
            // banner-level experts (no town) serve every town
            where.append(" and (e.town_code = ? or e.town_code is null)");
            parameters.add(query.townCode());
        }
        if ("mn".equals(query.language())) {
            where.append(" and e.speaks_mongolian = true");
        } else if ("zh".equals(query.language())) {
            where.append(" and e.speaks_chinese = true");
        }
        if (query.availableOnly()) {
            where.append(" and e.available = true");
        }
        if (query.specialty() != null) {
            where.append(" and exists (select 1 from expert_specialty s where s.expert_id = e.id and s.column_id = ?)");
            parameters.add(query.specialty());
        }
        if (!query.name().isEmpty()) {
            where.append(" and (lower(e.name) like ? escape '\\' or lower(e.organisation) like ? escape '\\')");
            String like = "%" + escaped(query.name().toLowerCase()) + "%";
            parameters.add(like);
            parameters.add(like);
        }
        return new ExpertSearch(where.toString(), List.copyOf(parameters));
    }

    /** A name typed with % or _ finds those characters, not everyone. */
    private static String escaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
