package org.kepu.content.registration;

import java.time.LocalDate;
import java.util.List;

/**
 * What checking a file found: counts, the first problems (all of them counted), the first rows as
 * read, and per town what the file reports.
 *
 * @param totalRows data rows in the file (blank rows not counted)
 * @param validRows rows without errors
 */
public record ImportCheck(
        int totalRows,
        int validRows,
        int errorCount,
        int warningCount,
        List<Problem> problems,
        List<ReportLine> preview,
        List<TownInFile> towns) {

    public boolean hasErrors() {
        return errorCount > 0;
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    public List<Problem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }

    /**
     * A town's rows in the file.
     *
     * @param registered the sum over the town's units of each unit's latest count in the file
     */
    public record TownInFile(String townCode, int rows, LocalDate lastDate, int registered) {}
}
