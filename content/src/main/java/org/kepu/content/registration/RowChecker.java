package org.kepu.content.registration;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import org.kepu.content.reference.Town;
import org.kepu.content.registration.ReportLine.SeriesKey;
import org.kepu.content.registration.SheetHeader.Column;

/**
 * Checks the data rows of one file, one at a time, against the header, the known towns, the
 * reporting person's town, today's date, the other rows of the file and what is already stored.
 * Keeps per series only the dates and counts it has seen, never the rows themselves.
 */
final class RowChecker {

    private final SheetHeader header;
    private final TownNames towns;
    private final RegistrationActor actor;
    private final LocalDate today;
    private final Function<SeriesKey, NavigableMap<LocalDate, Integer>> stored;
    private final Consumer<Problem> problems;

    private final Map<SeriesKey, NavigableMap<LocalDate, Integer>> history = new HashMap<>();
    private final Map<SeriesKey, Map<LocalDate, Integer>> linesSeen = new HashMap<>();
    private int rowErrors;

    RowChecker(
            SheetHeader header,
            TownNames towns,
            RegistrationActor actor,
            LocalDate today,
            Function<SeriesKey, NavigableMap<LocalDate, Integer>> stored,
            Consumer<Problem> problems) {
        this.header = header;
        this.towns = towns;
        this.actor = actor;
        this.today = today;
        this.stored = stored;
        this.problems = problems;
    }

    /** The checked report, or null when the row has errors (each one reported). */
    ReportLine check(SheetRow row) {
        int line = row.line();
        rowErrors = 0;
        String townCode = town(row, line);
        LocalDate date = date(row, line);
        Long registered = count(row, Column.REGISTERED, line, true);
        Long active = count(row, Column.ACTIVE, line, false);
        Long shares = count(row, Column.SHARES, line, false);
        String unit = row.cell(header.index(Column.UNIT)).text();
        if (unit.length() > 100) {
            report(Problem.error(line, "UNIT_TOO_LONG", CellValues.shown(unit)));
        }
        if (rowErrors > 0) {
            return null;
        }
        ReportLine report = new ReportLine(
                line, townCode, unit, date, registered.intValue(), active == null ? null : active.intValue(), shares);
        return consistent(report) ? report : null;
    }

    private void report(Problem problem) {
        if (problem.isError()) {
            rowErrors++;
        }
        problems.accept(problem);
    }

    /** Duplicates are errors; a cumulative count that goes down is only a warning. */
    private boolean consistent(ReportLine report) {
        SeriesKey series = report.series();
        Map<LocalDate, Integer> seen = linesSeen.computeIfAbsent(series, s -> new HashMap<>());
        Integer first = seen.putIfAbsent(report.date(), report.line());
        if (first != null) {
            report(Problem.error(report.line(), "DUPLICATE_ROW", first));
            return false;
        }
        NavigableMap<LocalDate, Integer> counts = history.computeIfAbsent(series, s -> new TreeMap<>(stored.apply(s)));
        var before = counts.lowerEntry(report.date());
        var after = counts.higherEntry(report.date());
        if (before != null && before.getValue() > report.registered()) {
            report(Problem.warning(
                    report.line(), "DECREASED", report.registered(), before.getKey(), before.getValue()));
        } else if (after != null && after.getValue() < report.registered()) {
            report(Problem.warning(
                    report.line(), "DECREASED_LATER", report.registered(), after.getKey(), after.getValue()));
        }
        if (report.active() != null && report.active() > report.registered()) {
            report(Problem.warning(report.line(), "ACTIVE_ABOVE_REGISTERED", report.active(), report.registered()));
        }
        counts.put(report.date(), report.registered());
        return true;
    }

    private String town(SheetRow row, int line) {
        SheetCell cell = row.cell(header.index(Column.TOWN));
        if (cell.isEmpty()) {
            report(Problem.error(line, "MISSING_TOWN"));
            return null;
        }
        var town = towns.resolve(cell.text());
        if (town.isEmpty()) {
            report(Problem.error(
                    line,
                    "UNKNOWN_TOWN",
                    CellValues.shown(cell.text()),
                    towns.closest(cell.text()).name()));
            return null;
        }
        Town known = town.get();
        if (!actor.mayReportFor(known.code())) {
            report(Problem.error(line, "OTHER_TOWN", known.name(), towns.name(actor.townCode())));
            return null;
        }
        return known.code();
    }

    private LocalDate date(SheetRow row, int line) {
        SheetCell cell = row.cell(header.index(Column.DATE));
        if (cell.isEmpty()) {
            report(Problem.error(line, "MISSING_DATE"));
            return null;
        }
        if (cell.kind() == SheetCell.Kind.FORMULA) {
            report(Problem.error(line, "FORMULA", Column.DATE.label, cell.text()));
            return null;
        }
        LocalDate date = CellValues.date(cell);
        if (date == null) {
            report(Problem.error(line, "BAD_DATE", CellValues.shown(cell.text())));
            return null;
        }
        if (date.isAfter(today)) {
            report(Problem.error(line, "FUTURE_DATE", date, today));
            return null;
        }
        return date;
    }

    /** A whole, non-negative number; null when missing (an error only if required) or wrong. */
    private Long count(SheetRow row, Column column, int line, boolean required) {
        SheetCell cell = row.cell(header.index(column));
        if (cell.isEmpty()) {
            if (required) {
                report(Problem.error(line, "MISSING_COUNT", column.label));
            }
            return null;
        }
        if (cell.kind() == SheetCell.Kind.FORMULA) {
            report(Problem.error(line, "FORMULA", column.label, cell.text()));
            return null;
        }
        BigDecimal number = cell.kind() == SheetCell.Kind.ERROR ? null : CellValues.number(cell);
        if (number == null) {
            report(Problem.error(line, "NOT_A_NUMBER", column.label, CellValues.shown(cell.text())));
            return null;
        }
        if (number.signum() < 0) {
            report(Problem.error(line, "NEGATIVE", column.label, number.toPlainString()));
            return null;
        }
        if (number.stripTrailingZeros().scale() > 0) {
            report(Problem.error(line, "NOT_INTEGER", column.label, number.toPlainString()));
            return null;
        }
        long limit = column == Column.SHARES ? Long.MAX_VALUE / 2 : Integer.MAX_VALUE;
        if (number.compareTo(BigDecimal.valueOf(limit)) > 0) {
            report(Problem.error(line, "TOO_LARGE", column.label, number.toPlainString()));
            return null;
        }
        return number.longValueExact();
    }
}
