package org.kepu.content.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The administrators' filters as SQL: exact actor, action, subject and result; a time range. */
@Component
class AuditSearch {

    static final String COLUMNS = "id, at, actor, action, subject_type, subject_id, detail, address, result";

    private final JdbcClient jdbc;

    AuditSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    AuditPage page(AuditQuery query, int page, int size) {
        Filter filter = Filter.of(query);
        long total = jdbc.sql("select count(*) from audit_event" + filter.where())
                .params(filter.params())
                .query(Long.class)
                .single();
        List<AuditEvent> events = jdbc.sql("select " + COLUMNS + " from audit_event" + filter.where()
                        + " order by at desc, id desc limit :limit offset :offset")
                .params(filter.params())
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(AuditSearch::event)
                .list();
        return new AuditPage(events, page, size, total);
    }

    /** Every matching event, newest first, one at a time (exports are not held in memory). */
    void each(AuditQuery query, int limit, Consumer<AuditEvent> sink) {
        Filter filter = Filter.of(query);
        jdbc.sql("select " + COLUMNS + " from audit_event" + filter.where() + " order by at desc, id desc limit :limit")
                .params(filter.params())
                .param("limit", limit)
                .query(rs -> {
                    sink.accept(event(rs, 0));
                });
    }

    static AuditEvent event(ResultSet rs, int row) throws SQLException {
        return new AuditEvent(
                rs.getLong("id"),
                rs.getObject("at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"),
                rs.getString("action"),
                rs.getString("subject_type"),
                rs.getString("subject_id"),
                rs.getString("detail"),
                rs.getString("address"),
                AuditResult.valueOf(rs.getString("result")));
    }

    private record Filter(List<String> conditions, Map<String, Object> params) {

        static Filter of(AuditQuery query) {
            Filter filter = new Filter(new ArrayList<>(), new LinkedHashMap<>());
            filter.add("actor = :actor", "actor", blankToNull(query.actor()));
            filter.add("action = :action", "action", blankToNull(query.action()));
            filter.add("subject_type = :subjectType", "subjectType", blankToNull(query.subjectType()));
            filter.add("subject_id = :subjectId", "subjectId", blankToNull(query.subjectId()));
            filter.add(
                    "at >= :from",
                    "from",
                    query.from() == null ? null : query.from().atOffset(ZoneOffset.UTC));
            filter.add("at < :to", "to", query.to() == null ? null : query.to().atOffset(ZoneOffset.UTC));
            filter.add(
                    "result = :result",
                    "result",
                    query.result() == null ? null : query.result().name());
            return filter;
        }

        private void add(String condition, String name, Object value) {
            if (value != null) {
                conditions.add(condition);
                params.put(name, value);
            }
        }

        String where() {
            return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        }

        private static String blankToNull(String text) {
            return text == null || text.isBlank() ? null : text.strip();
        }
    }
}
