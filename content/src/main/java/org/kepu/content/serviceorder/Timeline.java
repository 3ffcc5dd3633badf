package org.kepu.content.serviceorder;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The steps of orders, appended in the transaction of each step. */
@Component
class Timeline {

    private static final int NOTE_MAX = 500;

    private final JdbcClient jdbc;

    Timeline(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(long orderId, ServiceStep step, String actor, String note, String publicNote, Instant at) {
        jdbc.sql(
                        "insert into service_order_step (order_id, step, actor, note, public_note, at) values (?, ?, ?, ?, ?, ?)")
                .params(orderId, step.name(), actor, clipped(note), clipped(publicNote), Timestamp.from(at))
                .update();
    }

    /** The column holds 500 characters; a longer report stays whole on the order itself. */
    private static String clipped(String text) {
        return text == null || text.length() <= NOTE_MAX ? text : text.substring(0, NOTE_MAX - 1) + "…";
    }

    List<TimelineEntry> of(long orderId) {
        return jdbc.sql(
                        "select step, actor, note, public_note, at from service_order_step where order_id = ? order by at, id")
                .param(orderId)
                .query((rs, n) -> new TimelineEntry(
                        ServiceStep.valueOf(rs.getString(1)),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant()))
                .list();
    }
}
