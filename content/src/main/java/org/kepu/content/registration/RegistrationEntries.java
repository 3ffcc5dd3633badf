package org.kepu.content.registration;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Single reports typed into the form, checked by exactly the rules that apply to a file's rows. */
@Service
public class RegistrationEntries {

    private static final SheetRow HEADER = row(0, "乡镇", "村（嘎查）/单位", "日期", "累计注册人数", "活跃信息员", "分享次数");

    private final ImportJobHandler handler;
    private final RegistrationReports reports;
    private final Clock clock;

    RegistrationEntries(ImportJobHandler handler, RegistrationReports reports, Clock clock) {
        this.handler = handler;
        this.reports = reports;
        this.clock = clock;
    }

    /** Saves the report unless it has errors; returns its errors and warnings either way. */
    @Transactional
    public List<Problem> add(ManualReport report, RegistrationActor actor) {
        actor.requireBound();
        List<Problem> problems = new ArrayList<>();
        ImportRun run = handler.runFor(actor);
        SheetRow row = row(
                1,
                report.townCode(),
                report.unitName(),
                report.date() == null ? "" : report.date().toString(),
                text(report.registered()),
                text(report.active()),
                text(report.shares()));
        ReportLine line = run.checker(SheetHeader.of(HEADER), problems::add).check(row);
        if (line != null) {
            reports.insert(List.of(line), null, actor.username(), clock.instant());
        }
        return problems;
    }

    private static String text(Long value) {
        return value == null ? "" : value.toString();
    }

    private static SheetRow row(int line, String... texts) {
        List<SheetCell> cells = new ArrayList<>();
        for (String text : texts) {
            cells.add(SheetCell.text(text));
        }
        return new SheetRow(line, cells);
    }
}
