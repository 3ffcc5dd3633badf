package org.kepu.content.registration;

import java.io.IOException;
import java.io.OutputStream;
import java.util.function.Function;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.kepu.content.registration.RegistrationSnapshot.TownProgress;

/**
 * Writes a snapshot as an .xlsx workbook: towns, cumulative trend, weekly increments, forecast. Sheet names, headers
 * and labels are words of the reader's language, looked up by key ({@code sheet.towns}, {@code town}, ...: the
 * portal reads them as {@code registration.export.<key>} of its bundles).
 */
public final class RegistrationExport {

    private final Function<String, String> words;

    private RegistrationExport(Function<String, String> words) {
        this.words = words;
    }

    public static void write(RegistrationSnapshot snapshot, OutputStream out, Function<String, String> words)
            throws IOException {
        RegistrationExport export = new RegistrationExport(words);
        Workbook workbook = new Workbook(out, words.apply("application"), "1.0");
        export.towns(workbook.newWorksheet(words.apply("sheet.towns")), snapshot);
        export.trend(workbook.newWorksheet(words.apply("sheet.trend")), snapshot);
        export.weeks(workbook.newWorksheet(words.apply("sheet.weeks")), snapshot);
        export.summary(workbook.newWorksheet(words.apply("sheet.summary")), snapshot);
        workbook.finish();
    }

    private void towns(Worksheet sheet, RegistrationSnapshot snapshot) {
        header(sheet, "town", "registered", "goal", "percent", "active", "shares", "last-report");
        int r = 1;
        for (TownProgress town : snapshot.towns()) {
            sheet.value(r, 0, town.name());
            sheet.value(r, 1, town.total());
            put(sheet, r, 2, town.goal());
            put(sheet, r, 3, town.percent());
            put(sheet, r, 4, town.active());
            put(sheet, r, 5, town.shares());
            if (town.lastReport() != null) {
                sheet.value(r, 6, town.lastReport().toString());
            }
            r++;
        }
        sheet.value(r, 0, words.apply("banner-total"));
        sheet.value(r, 1, snapshot.total());
        sheet.value(r, 2, snapshot.target().goal());
        sheet.value(r, 3, snapshot.percent());
    }

    private void trend(Worksheet sheet, RegistrationSnapshot snapshot) {
        header(sheet, "date", "banner-registered");
        int r = 1;
        for (var point : snapshot.trend()) {
            sheet.value(r, 0, point.date().toString());
            sheet.value(r++, 1, point.total());
        }
    }

    private void weeks(Worksheet sheet, RegistrationSnapshot snapshot) {
        header(sheet, "week", "increment");
        int r = 1;
        for (var week : snapshot.weeks()) {
            sheet.value(r, 0, week.weekStart().toString());
            sheet.value(r++, 1, week.increment());
        }
    }

    private void summary(Worksheet sheet, RegistrationSnapshot snapshot) {
        Forecast f = snapshot.forecast();
        Object[][] rows = {
            {"target", snapshot.target().name()},
            {"target-goal", snapshot.target().goal()},
            {"deadline", snapshot.target().deadline().toString()},
            {"today", snapshot.today().toString()},
            {"registered", snapshot.total()},
            {"percent", snapshot.percent()},
            {"days-left", snapshot.daysLeft()},
            {"as-of", f.asOf() == null ? "" : f.asOf().toString()},
            {"daily-rate", Math.round(f.dailyRate() * 10) / 10.0},
            {
                "reached-on",
                f.reachedOn() == null
                        ? words.apply("not-reached")
                        : f.reachedOn().toString()
            },
            {"required-rate", f.requiredDailyRate() == null ? "" : Math.ceil(f.requiredDailyRate())}
        };
        for (int r = 0; r < rows.length; r++) {
            sheet.value(r, 0, words.apply((String) rows[r][0]));
            Object v = rows[r][1];
            if (v instanceof Number n) {
                sheet.value(r, 1, n);
            } else {
                sheet.value(r, 1, (String) v);
            }
        }
        sheet.width(0, 24);
        sheet.width(1, 30);
    }

    private static void put(Worksheet sheet, int r, int c, Number value) {
        if (value != null) {
            sheet.value(r, c, value);
        }
    }

    private void header(Worksheet sheet, String... keys) {
        for (int c = 0; c < keys.length; c++) {
            sheet.value(0, c, words.apply(keys[c]));
            sheet.style(0, c).bold().set();
            sheet.width(c, 16);
        }
    }
}
