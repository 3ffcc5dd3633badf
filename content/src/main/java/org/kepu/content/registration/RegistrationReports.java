package org.kepu.content.registration;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.kepu.content.registration.ReportLine.SeriesKey;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored reports. Several rows may exist for one town, unit and date (a later import or entry
 * corrects an earlier one); the newest is in effect, and undoing an import uncovers what it hid.
 */
@Repository
class RegistrationReports {

    private static final String IN_EFFECT = " not exists (select 1 from registration_report n where"
            + " n.town_code = r.town_code and n.unit_name = r.unit_name and n.report_date = r.report_date"
            + " and n.id > r.id)";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    RegistrationReports(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** The counts in effect for one series, by date. */
    NavigableMap<LocalDate, Integer> history(SeriesKey series) {
        NavigableMap<LocalDate, Integer> counts = new TreeMap<>();
        jdbc.sql("select report_date, registered from registration_report r where town_code = ? and unit_name = ?"
                        + " and" + IN_EFFECT)
                .params(series.townCode(), series.unitName())
                .query((rs, n) -> counts.put(rs.getObject(1, LocalDate.class), rs.getInt(2)))
                .list();
        return counts;
    }

    /** Every report in effect, ordered by date. */
    List<StoredReport> inEffect() {
        return jdbc.sql(
                        "select town_code, unit_name, report_date, registered, active, shares from registration_report r"
                                + " where" + IN_EFFECT + " order by report_date, id")
                .query((rs, n) -> new StoredReport(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getObject(3, LocalDate.class),
                        rs.getInt(4),
                        (Integer) rs.getObject(5, Integer.class),
                        (Long) rs.getObject(6, Long.class)))
                .list();
    }

    void insert(List<ReportLine> lines, Long importId, String enteredBy, Instant at) {
        template.batchUpdate(
                "insert into registration_report (town_code, unit_name, report_date, registered, active, shares,"
                        + " import_id, line_no, entered_by, entered_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                lines,
                lines.size(),
                (ps, line) -> {
                    ps.setString(1, line.townCode());
                    ps.setString(2, line.unitName());
                    ps.setObject(3, line.date());
                    ps.setInt(4, line.registered());
                    ps.setObject(5, line.active(), Types.INTEGER);
                    ps.setObject(6, line.shares(), Types.BIGINT);
                    ps.setObject(7, importId, Types.BIGINT);
                    ps.setObject(8, importId == null ? null : line.line(), Types.INTEGER);
                    ps.setString(9, enteredBy);
                    ps.setTimestamp(10, Timestamp.from(at));
                });
    }

    int deleteImport(long importId) {
        return jdbc.sql("delete from registration_report where import_id = ?")
                .param(importId)
                .update();
    }

    long count() {
        return jdbc.sql("select count(*) from registration_report")
                .query(Long.class)
                .single();
    }
}
