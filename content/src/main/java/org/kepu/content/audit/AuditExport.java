package org.kepu.content.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The events an administrator filtered, as a workbook; the export is itself an audited action. */
@Service
public class AuditExport {

    /** The most rows one workbook holds; narrow the filter for more. */
    public static final int MAX_ROWS = 100_000;

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Asia/Shanghai"));

    private final AuditSearch search;
    private final AuditLog audit;

    AuditExport(AuditSearch search, AuditLog audit) {
        this.search = search;
        this.audit = audit;
    }

    /**
     * Writes the matching events, newest first, in the reader's words: {@code words} gives the readable name of an
     * action ({@code action.<code>}) and the sheet's own words ({@code sheet}, {@code id}, {@code at}, ...), as the
     * portal's messages say them.
     */
    @Transactional
    public void write(AuditQuery query, String actor, Function<String, String> words, OutputStream out) {
        audit.record(actor, "audit.exported", "audit", "-", describe(query));
        try {
            Workbook workbook = new Workbook(out, words.apply("application"), "1.0");
            Worksheet sheet = workbook.newWorksheet(words.apply("sheet"));
            String[] header = {
                "id",
                "at",
                "actor",
                "action",
                "action-code",
                "subject-type",
                "subject-id",
                "detail",
                "address",
                "result"
            };
            for (int c = 0; c < header.length; c++) {
                sheet.value(0, c, words.apply(header[c]));
            }
            int[] row = {1};
            search.each(query, MAX_ROWS, event -> {
                int r = row[0]++;
                sheet.value(r, 0, event.id());
                sheet.value(r, 1, TIME.format(event.at()));
                sheet.value(r, 2, event.actor());
                sheet.value(r, 3, words.apply("action." + event.action()));
                sheet.value(r, 4, event.action());
                sheet.value(r, 5, event.subjectType());
                sheet.value(r, 6, event.subjectId());
                sheet.value(r, 7, event.detail());
                sheet.value(r, 8, event.address());
                sheet.value(r, 9, event.result().name());
            });
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the audit export", e);
        }
    }

    private static String describe(AuditQuery query) {
        return "actor=" + text(query.actor()) + " action=" + text(query.action()) + " subject="
                + text(query.subjectType()) + "/" + text(query.subjectId()) + " from=" + text(query.from())
                + " to=" + text(query.to()) + " result=" + text(query.result());
    }

    private static String text(Object value) {
        return value == null || value.toString().isBlank() ? "*" : value.toString();
    }
}
