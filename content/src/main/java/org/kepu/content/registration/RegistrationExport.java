package org.kepu.content.registration;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.kepu.content.registration.RegistrationSnapshot.TownProgress;

/** Writes a snapshot as an .xlsx workbook: towns, cumulative trend, weekly increments, forecast. */
public final class RegistrationExport {

    private RegistrationExport() {}

    public static void write(RegistrationSnapshot snapshot, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "伊金霍洛科普", "1.0");
        towns(workbook.newWorksheet("乡镇进度"), snapshot);
        trend(workbook.newWorksheet("累计趋势"), snapshot);
        weeks(workbook.newWorksheet("每周新增"), snapshot);
        summary(workbook.newWorksheet("汇总与预测"), snapshot);
        workbook.finish();
    }

    private static void towns(Worksheet sheet, RegistrationSnapshot snapshot) {
        header(sheet, List.of("乡镇", "累计注册人数", "分配目标", "完成率(%)", "活跃信息员", "分享次数", "最近报送日期"));
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
        sheet.value(r, 0, "全旗合计");
        sheet.value(r, 1, snapshot.total());
        sheet.value(r, 2, snapshot.target().goal());
        sheet.value(r, 3, snapshot.percent());
    }

    private static void trend(Worksheet sheet, RegistrationSnapshot snapshot) {
        header(sheet, List.of("日期", "全旗累计注册人数"));
        int r = 1;
        for (var point : snapshot.trend()) {
            sheet.value(r, 0, point.date().toString());
            sheet.value(r++, 1, point.total());
        }
    }

    private static void weeks(Worksheet sheet, RegistrationSnapshot snapshot) {
        header(sheet, List.of("周（自周一起）", "新增注册人数"));
        int r = 1;
        for (var week : snapshot.weeks()) {
            sheet.value(r, 0, week.weekStart().toString());
            sheet.value(r++, 1, week.increment());
        }
    }

    private static void summary(Worksheet sheet, RegistrationSnapshot snapshot) {
        Forecast f = snapshot.forecast();
        Object[][] rows = {
            {"目标", snapshot.target().name()},
            {"目标人数", snapshot.target().goal()},
            {"截止日期", snapshot.target().deadline().toString()},
            {"统计日期", snapshot.today().toString()},
            {"累计注册人数", snapshot.total()},
            {"完成率(%)", snapshot.percent()},
            {"剩余天数", snapshot.daysLeft()},
            {"数据截至", f.asOf() == null ? "" : f.asOf().toString()},
            {"近30天日均新增", Math.round(f.dailyRate() * 10) / 10.0},
            {"预计达标日期", f.reachedOn() == null ? "按当前速度无法达标" : f.reachedOn().toString()},
            {"按期达标所需日均新增", f.requiredDailyRate() == null ? "" : Math.ceil(f.requiredDailyRate())}
        };
        for (int r = 0; r < rows.length; r++) {
            sheet.value(r, 0, (String) rows[r][0]);
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

    private static void header(Worksheet sheet, List<String> names) {
        for (int c = 0; c < names.size(); c++) {
            sheet.value(0, c, names.get(c));
            sheet.style(0, c).bold().set();
            sheet.width(c, 16);
        }
    }
}
