package org.kepu.content.registration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The imports table and what a check leaves for the preview: problems, first rows, towns. */
@Repository
class ImportStore {

    private static final String SEPARATOR = "\u001f";
    private static final String COLUMNS =
            "id, file_name, file_size, checksum, blob_key, account_id, username, scope_town,"
                    + " status, total_rows, processed_rows, valid_rows, error_count, warning_count, failure_code, failure_args,"
                    + " duplicate_of, created_at, committed_at, undone_at, undone_by";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ImportStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    long create(
            String fileName,
            long size,
            String checksum,
            String blobKey,
            RegistrationActor actor,
            ImportStatus status,
            Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into registration_import (file_name, file_size, checksum, blob_key, account_id, username,"
                        + " scope_town, status, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        fileName,
                        size,
                        checksum,
                        blobKey,
                        actor.accountId(),
                        actor.username(),
                        actor.admin() ? null : actor.townCode(),
                        status.name(),
                        Timestamp.from(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<RegistrationImport> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from registration_import where id = ?")
                .param(id)
                .query(ImportStore::map)
                .optional();
    }

    List<RegistrationImport> latest(RegistrationActor actor, int limit) {
        if (actor.admin()) {
            return jdbc.sql("select " + COLUMNS + " from registration_import order by id desc limit ?")
                    .param(limit)
                    .query(ImportStore::map)
                    .list();
        }
        return jdbc.sql("select " + COLUMNS + " from registration_import where scope_town = ? order by id desc limit ?")
                .params(actor.townCode(), limit)
                .query(ImportStore::map)
                .list();
    }

    /** The import whose reports from the very same file are in effect, if any. */
    Optional<Long> inEffectWithChecksum(String checksum) {
        return jdbc.sql("select id from registration_import where committed_checksum = ?")
                .param(checksum)
                .query(Long.class)
                .optional();
    }

    /** Moves the import from one status to another; false when it was no longer in {@code from}. */
    boolean transition(long id, ImportStatus from, ImportStatus to) {
        return jdbc.sql("update registration_import set status = ? where id = ? and status = ?")
                        .params(to.name(), id, from.name())
                        .update()
                == 1;
    }

    void progress(long id, int done, int total) {
        jdbc.sql("update registration_import set processed_rows = ?, total_rows = ? where id = ?")
                .params(done, total, id)
                .update();
    }

    void checked(long id, ImportStatus status, ImportCheck check, Long duplicateOf) {
        jdbc.sql("update registration_import set status = ?, total_rows = ?, processed_rows = ?, valid_rows = ?,"
                        + " error_count = ?, warning_count = ?, duplicate_of = ? where id = ?")
                .params(
                        status.name(),
                        check.totalRows(),
                        check.totalRows(),
                        check.validRows(),
                        check.errorCount(),
                        check.warningCount(),
                        duplicateOf,
                        id)
                .update();
        replaceDetails(id, check);
    }

    void failed(long id, RegistrationRefused refused) {
        jdbc.sql("update registration_import set status = ?, failure_code = ?, failure_args = ? where id = ?")
                .params(ImportStatus.FAILED.name(), refused.code(), String.join(SEPARATOR, refused.args()), id)
                .update();
    }

    void committed(long id, String checksum, Instant at) {
        jdbc.sql("update registration_import set status = ?, committed_checksum = ?, committed_at = ? where id = ?")
                .params(ImportStatus.COMMITTED.name(), checksum, Timestamp.from(at), id)
                .update();
    }

    boolean undone(long id, String by, Instant at) {
        return jdbc.sql("update registration_import set status = ?, committed_checksum = null, undone_at = ?,"
                                + " undone_by = ? where id = ? and status = ?")
                        .params(ImportStatus.UNDONE.name(), Timestamp.from(at), by, id, ImportStatus.COMMITTED.name())
                        .update()
                == 1;
    }

    List<Problem> problems(long id) {
        return jdbc.sql("select line_no, severity, code, args from registration_import_problem where import_id = ?"
                        + " order by idx")
                .param(id)
                .query((rs, n) -> new Problem(
                        rs.getInt(1),
                        Problem.Severity.valueOf(rs.getString(2)),
                        rs.getString(3),
                        split(rs.getString(4))))
                .list();
    }

    List<ReportLine> preview(long id) {
        return jdbc.sql("select line_no, town_code, unit_name, report_date, registered, active, shares"
                        + " from registration_import_preview where import_id = ? order by line_no")
                .param(id)
                .query((rs, n) -> new ReportLine(
                        rs.getInt(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getObject(4, LocalDate.class),
                        rs.getInt(5),
                        (Integer) rs.getObject(6, Integer.class),
                        (Long) rs.getObject(7, Long.class)))
                .list();
    }

    List<ImportCheck.TownInFile> towns(long id) {
        return jdbc.sql("select t.town_code, t.row_count, t.last_date, t.registered from registration_import_town t"
                        + " join town w on w.code = t.town_code where t.import_id = ? order by w.sort_order")
                .param(id)
                .query((rs, n) -> new ImportCheck.TownInFile(
                        rs.getString(1), rs.getInt(2), rs.getObject(3, LocalDate.class), rs.getInt(4)))
                .list();
    }

    private void replaceDetails(long id, ImportCheck check) {
        for (String table :
                List.of("registration_import_problem", "registration_import_preview", "registration_import_town")) {
            jdbc.sql("delete from " + table + " where import_id = ?").param(id).update();
        }
        List<Problem> list = check.problems();
        List<Integer> problems =
                java.util.stream.IntStream.range(0, list.size()).boxed().toList();
        template.batchUpdate(
                "insert into registration_import_problem (import_id, idx, line_no, severity, code, args)"
                        + " values (?, ?, ?, ?, ?, ?)",
                problems,
                500,
                (ps, i) -> {
                    Problem p = list.get(i);
                    ps.setLong(1, id);
                    ps.setInt(2, i);
                    ps.setInt(3, p.line());
                    ps.setString(4, p.severity().name());
                    ps.setString(5, p.code());
                    ps.setString(6, join(p.args()));
                });
        template.batchUpdate(
                "insert into registration_import_preview (import_id, line_no, town_code, unit_name, report_date,"
                        + " registered, active, shares) values (?, ?, ?, ?, ?, ?, ?, ?)",
                check.preview(),
                100,
                (ps, l) -> {
                    ps.setLong(1, id);
                    ps.setInt(2, l.line());
                    ps.setString(3, l.townCode());
                    ps.setString(4, l.unitName());
                    ps.setObject(5, l.date());
                    ps.setInt(6, l.registered());
                    ps.setObject(7, l.active(), Types.INTEGER);
                    ps.setObject(8, l.shares(), Types.BIGINT);
                });
        template.batchUpdate(
                "insert into registration_import_town (import_id, town_code, row_count, last_date, registered)"
                        + " values (?, ?, ?, ?, ?)",
                check.towns(),
                100,
                (ps, t) -> {
                    ps.setLong(1, id);
                    ps.setString(2, t.townCode());
                    ps.setInt(3, t.rows());
                    ps.setObject(4, t.lastDate());
                    ps.setInt(5, t.registered());
                });
    }

    private static String join(List<String> args) {
        String joined = String.join(
                SEPARATOR, args.stream().map(a -> a.replace(SEPARATOR, " ")).toList());
        return joined.length() > 2000 ? joined.substring(0, 2000) : joined;
    }

    private static List<String> split(String args) {
        return args == null || args.isEmpty() ? List.of() : Arrays.asList(args.split(SEPARATOR, -1));
    }

    private static RegistrationImport map(ResultSet rs, int n) throws SQLException {
        return new RegistrationImport(
                rs.getLong("id"),
                rs.getString("file_name"),
                rs.getLong("file_size"),
                rs.getString("checksum"),
                rs.getString("blob_key"),
                (Long) rs.getObject("account_id", Long.class),
                rs.getString("username"),
                rs.getString("scope_town"),
                ImportStatus.valueOf(rs.getString("status")),
                rs.getInt("total_rows"),
                rs.getInt("processed_rows"),
                rs.getInt("valid_rows"),
                rs.getInt("error_count"),
                rs.getInt("warning_count"),
                rs.getString("failure_code"),
                split(rs.getString("failure_args")),
                (Long) rs.getObject("duplicate_of", Long.class),
                instant(rs, "created_at"),
                instant(rs, "committed_at"),
                instant(rs, "undone_at"),
                rs.getString("undone_by"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
