package org.kepu.content.registration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.function.Consumer;
import java.util.function.Function;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.kepu.content.registration.ReportLine.SeriesKey;

/**
 * One streaming pass over a file: finds the sheet and its header, counts the rows (for the progress
 * bar), then checks each row and hands every valid one to a sink. Checking only and saving share
 * this code, so the preview and the import can never disagree.
 */
final class ImportRun {

    /** Told how far the pass has come, every few thousand rows and at the end. */
    interface Progress {
        void rows(int done, int total);
    }

    private static final int PROGRESS_EVERY = 2000;

    private final TownNames towns;
    private final RegistrationActor actor;
    private final LocalDate today;
    private final Function<SeriesKey, NavigableMap<LocalDate, Integer>> stored;
    private final RegistrationSettings settings;

    ImportRun(
            TownNames towns,
            RegistrationActor actor,
            LocalDate today,
            Function<SeriesKey, NavigableMap<LocalDate, Integer>> stored,
            RegistrationSettings settings) {
        this.towns = towns;
        this.actor = actor;
        this.today = today;
        this.stored = stored;
        this.settings = settings;
    }

    RowChecker checker(SheetHeader header, Consumer<Problem> problems) {
        return new RowChecker(header, towns, actor, today, stored, problems);
    }

    ImportCheck run(Path path, Progress progress, Consumer<ReportLine> sink) throws IOException {
        SpreadsheetFile file = SpreadsheetFile.recognise(path, settings);
        try {
            return pass(file, progress, sink);
        } catch (ExcelReaderException | UncheckedIOException | IllegalStateException e) {
            // a workbook whose XML breaks off, a CSV with an unclosed quote: the file, not the code
            throw new RegistrationRefused(file.format() == SpreadsheetFile.Format.XLSX ? "BROKEN_XLSX" : "BROKEN_CSV");
        }
    }

    private ImportCheck pass(SpreadsheetFile file, Progress progress, Consumer<ReportLine> sink) throws IOException {
        Located located = locate(file);
        int total = countRows(file, located);
        List<Problem> problems = new ArrayList<>();
        int[] counts = new int[2];
        Consumer<Problem> collect = problem -> {
            counts[problem.isError() ? 0 : 1]++;
            if (problems.size() < settings.maxProblems()) {
                problems.add(problem);
            }
        };
        if (!located.ignoredSheets().isEmpty()) {
            collect.accept(
                    Problem.warning(0, "EXTRA_SHEETS", located.sheetName(), String.join("、", located.ignoredSheets())));
        }
        List<ReportLine> preview = new ArrayList<>();
        TownTally tally = new TownTally();
        RowChecker checker = new RowChecker(located.header(), towns, actor, today, stored, collect);
        int done = 0;
        int valid = 0;
        try (RowSource rows = file.open(located.sheet())) {
            skipToData(rows, located.header().line());
            for (SheetRow row = rows.next(); row != null; row = rows.next()) {
                if (row.isBlank()) {
                    continue;
                }
                if (row.cells().stream().anyMatch(c -> c.text().indexOf('\uFFFD') >= 0)) {
                    collect.accept(Problem.error(row.line(), "GARBLED_TEXT"));
                } else {
                    ReportLine line = checker.check(row);
                    if (line != null) {
                        valid++;
                        tally.add(line);
                        if (preview.size() < settings.previewRows()) {
                            preview.add(line);
                        }
                        sink.accept(line);
                    }
                }
                if (++done % PROGRESS_EVERY == 0) {
                    progress.rows(done, total);
                }
            }
        }
        if (total == 0) {
            throw new RegistrationRefused("NO_DATA_ROWS");
        }
        progress.rows(done, total);
        return new ImportCheck(total, valid, counts[0], counts[1], List.copyOf(problems), preview, tally.towns());
    }

    private record Located(int sheet, String sheetName, SheetHeader header, List<String> ignoredSheets) {}

    /** The first visible sheet whose top rows hold a header; the other sheets are ignored with a warning. */
    private Located locate(SpreadsheetFile file) throws IOException {
        SheetRow best = null;
        for (int sheet = 0; ; sheet++) {
            try (RowSource rows = file.open(sheet)) {
                if (rows == null) {
                    break;
                }
                SheetRow previous = null;
                for (int i = 0; i < SheetHeader.SEARCH_ROWS; i++) {
                    SheetRow row = rows.next();
                    if (row == null) {
                        break;
                    }
                    SheetHeader header = SheetHeader.of(row);
                    if (header == null && previous != null) {
                        // a two-row header with merged cells: the lower row names what the upper one spans
                        header = SheetHeader.of(SheetHeader.combine(previous, row));
                    }
                    previous = row;
                    if (header != null) {
                        List<String> ignored = new ArrayList<>(rows.ignoredSheets());
                        String name = sheetName(rows, sheet);
                        return new Located(sheet, name, header, ignored);
                    }
                    if (best == null || SheetHeader.score(row) > SheetHeader.score(best)) {
                        best = row;
                    }
                }
            }
        }
        if (best == null) {
            throw new RegistrationRefused("NO_DATA_ROWS");
        }
        throw new RegistrationRefused("HEADER_NOT_FOUND", SheetHeader.missing(best));
    }

    private static String sheetName(RowSource rows, int sheet) {
        return rows instanceof XlsxRowSource xlsx ? xlsx.sheetName() : String.valueOf(sheet + 1);
    }

    private static int countRows(SpreadsheetFile file, Located located) throws IOException {
        int count = 0;
        try (RowSource rows = file.open(located.sheet())) {
            skipToData(rows, located.header().line());
            for (SheetRow row = rows.next(); row != null; row = rows.next()) {
                if (!row.isBlank()) {
                    count++;
                }
            }
        }
        return count;
    }

    private static void skipToData(RowSource rows, int headerLine) throws IOException {
        SheetRow row;
        do {
            row = rows.next();
        } while (row != null && row.line() < headerLine);
    }

    /** Per town: rows, the latest date, and the sum of each unit's latest count. */
    private static final class TownTally {

        private final Map<String, int[]> rows = new LinkedHashMap<>();
        private final Map<String, LocalDate> lastDate = new HashMap<>();
        private final Map<SeriesKey, ReportLine> latest = new HashMap<>();

        void add(ReportLine line) {
            rows.computeIfAbsent(line.townCode(), t -> new int[1])[0]++;
            lastDate.merge(line.townCode(), line.date(), (a, b) -> a.isAfter(b) ? a : b);
            latest.merge(line.series(), line, (a, b) -> a.date().isAfter(b.date()) ? a : b);
        }

        List<ImportCheck.TownInFile> towns() {
            Map<String, Integer> registered = new HashMap<>();
            latest.values().forEach(l -> registered.merge(l.townCode(), l.registered(), Integer::sum));
            return rows.entrySet().stream()
                    .map(e -> new ImportCheck.TownInFile(
                            e.getKey(), e.getValue()[0], lastDate.get(e.getKey()), registered.get(e.getKey())))
                    .toList();
        }
    }
}
