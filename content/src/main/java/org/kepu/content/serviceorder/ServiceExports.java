package org.kepu.content.serviceorder;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.kepu.content.audit.AuditLog;
import org.kepu.content.reference.Audience;
import org.kepu.content.reference.Audiences;
import org.kepu.content.reference.Town;
import org.kepu.content.reference.Towns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The year-end workbooks (.xlsx) of science services: the year's orders, hours and points per team
 * and per volunteer; and the year's nominations. Headers and sheet names come from the caller's
 * words (the portal's message bundle). No resident's contact goes into a file; every export is in
 * the audit log. Orders are streamed to the file a thousand rows at a time, so a large year does
 * not sit in memory.
 */
@Service
public class ServiceExports {

    private static final int FLUSH_EVERY = 1000;
    // Excel's own limit is 1,048,576 rows; a year of orders never comes near, a runaway never passes it
    private static final int MAX_ROWS = 1_000_000;

    private final JdbcClient jdbc;
    private final VolunteerPoints points;
    private final ServiceDirectory directory;
    private final Towns towns;
    private final Audiences audiences;
    private final AuditLog audit;

    ServiceExports(
            JdbcClient jdbc,
            VolunteerPoints points,
            ServiceDirectory directory,
            Towns towns,
            Audiences audiences,
            AuditLog audit) {
        this.jdbc = jdbc;
        this.points = points;
        this.directory = directory;
        this.towns = towns;
        this.audiences = audiences;
        this.audit = audit;
    }

    /** Orders placed in the year, team totals and volunteers' standings of the year, three sheets. */
    @Transactional(readOnly = true)
    public void writeYear(ServiceYear year, Function<String, String> words, OutputStream out, String by)
            throws IOException {
        Workbook workbook = new Workbook(out, words.apply("site.name"), "1.0");
        orders(workbook.newWorksheet(words.apply("services.export.sheet.orders")), year, words);
        teams(workbook.newWorksheet(words.apply("services.export.sheet.teams")), year, words);
        volunteers(workbook.newWorksheet(words.apply("services.export.sheet.volunteers")), points.ranking(year), words);
        workbook.finish();
        audit.record(by, "service-export.year", "service-export", year.year(), null);
    }

    /** The year's 优秀科普工作者 / 优秀科普信息员 nominations, with each person's standing. */
    @Transactional(readOnly = true)
    public void writeNominations(ServiceYear year, Function<String, String> words, OutputStream out, String by)
            throws IOException {
        Workbook workbook = new Workbook(out, words.apply("site.name"), "1.0");
        Worksheet sheet = workbook.newWorksheet(words.apply("services.export.sheet.nominations"));
        header(sheet, words, "category", "rank", "name", "team", "orders", "hours", "points", "nominatedBy");
        int r = 1;
        for (Nomination n : points.nominations(year)) {
            Standing s = n.standing();
            sheet.value(r, 0, words.apply("services.nomination." + n.category()));
            sheet.value(r, 1, s.rank());
            sheet.value(r, 2, s.name());
            sheet.value(r, 3, s.team());
            sheet.value(r, 4, s.orders());
            sheet.value(r, 5, s.hours());
            sheet.value(r, 6, s.points());
            sheet.value(r, 7, n.nominatedBy());
            r++;
        }
        workbook.finish();
        audit.record(by, "service-export.nominations", "service-export", year.year(), null);
    }

    private void orders(Worksheet sheet, ServiceYear year, Function<String, String> words) {
        header(
                sheet,
                words,
                "number",
                "ordered",
                "topic",
                "kind",
                "town",
                "place",
                "audience",
                "expected",
                "status",
                "department",
                "team",
                "serviceDate",
                "attendance",
                "rating",
                "completed",
                "hours");
        Map<String, String> townNames =
                towns.findAllByOrderBySortOrder().stream().collect(Collectors.toMap(Town::code, Town::name));
        Map<String, String> audienceNames = audiences.findAllByOrderBySortOrder().stream()
                .collect(Collectors.toMap(Audience::code, Audience::name));
        Map<Long, String> departments = directory.departments().stream()
                .collect(Collectors.toMap(ServiceDirectory.Department::id, ServiceDirectory.Department::name));
        Map<Long, String> teams = directory.teams().stream()
                .collect(Collectors.toMap(ServiceDirectory.Team::id, ServiceDirectory.Team::name));
        Map<Long, String> places = jdbc
                .sql("select id, name from service_place")
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        int[] r = {1};
        jdbc.sql("select o.id, o.created_at, o.topic, o.town_code, o.place_id, o.address, o.audience_code,"
                        + " o.expected_attendance, o.status, o.department_id, o.team_id, o.service_date, o.attendance,"
                        + " o.rating, o.completed_at,"
                        + " (select sum(h.hours) from volunteer_hours h where h.order_id = o.id)"
                        + " from service_order o where o.created_at >= ? and o.created_at < ? order by o.id")
                .params(year.from(), year.until())
                .query((ResultSet rs) -> {
                    if (r[0] > MAX_ROWS) {
                        return;
                    }
                    int row = r[0]++;
                    sheet.value(row, 0, rs.getLong(1));
                    sheet.value(row, 1, day(rs.getTimestamp(2)));
                    sheet.value(row, 2, rs.getString(3));
                    sheet.value(row, 3, words.apply("services.kind." + ServiceKind.of(rs.getString(3))));
                    sheet.value(row, 4, townNames.getOrDefault(rs.getString(4), rs.getString(4)));
                    Long place = rs.getObject(5, Long.class);
                    sheet.value(row, 5, Objects.toString(place != null ? places.get(place) : rs.getString(6), ""));
                    String audience = rs.getString(7);
                    sheet.value(row, 6, audience == null ? "" : audienceNames.getOrDefault(audience, audience));
                    sheet.value(row, 7, rs.getInt(8));
                    sheet.value(row, 8, words.apply("serviceorder.status." + rs.getString(9)));
                    name(sheet, row, 9, departments, rs.getObject(10, Long.class));
                    name(sheet, row, 10, teams, rs.getObject(11, Long.class));
                    LocalDate date = rs.getObject(12, LocalDate.class);
                    sheet.value(row, 11, date == null ? "" : date.toString());
                    number(sheet, row, 12, rs.getObject(13, Integer.class));
                    number(sheet, row, 13, rs.getObject(14, Integer.class));
                    sheet.value(row, 14, day(rs.getTimestamp(15)));
                    number(sheet, row, 15, rs.getBigDecimal(16));
                    flushSometimes(sheet, row);
                });
    }

    private void teams(Worksheet sheet, ServiceYear year, Function<String, String> words) {
        header(sheet, words, "team", "orders", "people", "hours", "points");
        int r = 1;
        for (TeamYear team : points.teams(year)) {
            sheet.value(r, 0, team.team());
            sheet.value(r, 1, team.orders());
            sheet.value(r, 2, team.people());
            sheet.value(r, 3, team.hours());
            sheet.value(r, 4, team.points());
            r++;
        }
    }

    private static void volunteers(Worksheet sheet, List<Standing> ranking, Function<String, String> words) {
        header(sheet, words, "rank", "name", "team", "orders", "hours", "points");
        int r = 1;
        for (Standing s : ranking) {
            sheet.value(r, 0, s.rank());
            sheet.value(r, 1, s.name());
            sheet.value(r, 2, s.team());
            sheet.value(r, 3, s.orders());
            sheet.value(r, 4, s.hours());
            sheet.value(r, 5, s.points());
            r++;
        }
    }

    private static void header(Worksheet sheet, Function<String, String> words, String... columns) {
        for (int c = 0; c < columns.length; c++) {
            sheet.value(0, c, words.apply("services.export.col." + columns[c]));
            sheet.style(0, c).bold().set();
            sheet.width(c, 14);
        }
        sheet.freezePane(0, 1);
    }

    private static void name(Worksheet sheet, int row, int column, Map<Long, String> names, Long id) {
        sheet.value(row, column, id == null ? "" : names.getOrDefault(id, "#" + id));
    }

    private static void number(Worksheet sheet, int row, int column, Number value) {
        if (value != null) {
            sheet.value(row, column, value instanceof BigDecimal d ? d.stripTrailingZeros() : value);
        }
    }

    private static String day(Timestamp at) {
        return at == null
                ? ""
                : LocalDate.ofInstant(at.toInstant(), ServiceYear.BEIJING).toString();
    }

    private static void flushSometimes(Worksheet sheet, int row) {
        if (row % FLUSH_EVERY == 0) {
            try {
                sheet.flush();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not write the orders sheet", e);
            }
        }
    }
}
