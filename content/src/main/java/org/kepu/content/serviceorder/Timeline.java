package org.kepu.content.serviceorder;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The steps of orders, appended in the transaction of each step. A note the system words is stored as
 * its code and arguments ({@code note_code}, {@code public_note_code}), so each reader gets it in their
 * language; what staff typed is stored as text ({@code note}).
 */
@Component
class Timeline {

    private static final int NOTE_MAX = 500;
    private static final int CODE_MAX = 1000;

    private final JdbcClient jdbc;

    Timeline(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(long orderId, ServiceStep step, String actor, StepNote note, StepNote publicNote, Instant at) {
        jdbc.sql("insert into service_order_step (order_id, step, actor, note, note_code, public_note,"
                        + " public_note_code, at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        orderId,
                        step.name(),
                        actor,
                        note == null ? null : clipped(note.text(), NOTE_MAX),
                        code(note),
                        publicNote == null ? null : clipped(publicNote.text(), NOTE_MAX),
                        code(publicNote),
                        Timestamp.from(at))
                .update();
    }

    private static String code(StepNote note) {
        return note == null || note.code() == null ? null : clipped(note.stored(), CODE_MAX);
    }

    /** The column holds 500 characters; a longer report stays whole on the order itself. */
    private static String clipped(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    List<TimelineEntry> of(long orderId) {
        return jdbc.sql("select step, actor, note, note_code, public_note, public_note_code, at"
                        + " from service_order_step where order_id = ? order by at, id")
                .param(orderId)
                .query((rs, n) -> new TimelineEntry(
                        ServiceStep.valueOf(rs.getString(1)),
                        rs.getString(2),
                        StepNote.read(rs.getString(4), rs.getString(3)),
                        StepNote.read(rs.getString(6), rs.getString(5)),
                        rs.getTimestamp(7).toInstant()))
                .list();
    }
}
