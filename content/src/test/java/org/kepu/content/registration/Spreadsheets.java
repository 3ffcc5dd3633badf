package org.kepu.content.registration;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Writes real .csv and .xlsx files for the tests, good ones and the bad ones people send. */
public final class Spreadsheets {

    public static final List<String> HEADER = List.of("乡镇", "村（嘎查）", "日期", "累计注册人数", "活跃信息员", "分享次数");

    private Spreadsheets() {}

    public static List<Object> row(
            String town, String unit, Object date, Object registered, Object active, Object shares) {
        List<Object> row = new ArrayList<>();
        row.add(town);
        row.add(unit);
        row.add(date == null ? "" : String.valueOf(date));
        row.add(registered);
        row.add(active);
        row.add(shares);
        return row;
    }

    public static Path csv(Path file, Charset charset, List<List<Object>> rows) throws IOException {
        StringBuilder text = new StringBuilder(String.join(",", HEADER)).append("\r\n");
        for (List<Object> row : rows) {
            text.append(row.stream()
                            .map(v -> v == null ? "" : String.valueOf(v))
                            .collect(Collectors.joining(",")))
                    .append("\r\n");
        }
        Files.write(file, text.toString().getBytes(charset));
        return file;
    }

    /** A workbook whose first sheet holds the header and the rows; values starting with = become formulas. */
    public static Path xlsx(Path file, List<List<Object>> rows, String... extraSheets) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "kepu-tests", "1.0");
            Worksheet sheet = workbook.newWorksheet("登记表");
            for (int c = 0; c < HEADER.size(); c++) {
                sheet.value(0, c, HEADER.get(c));
            }
            int r = 1;
            for (List<Object> row : rows) {
                for (int c = 0; c < row.size(); c++) {
                    put(sheet, r, c, row.get(c));
                }
                r++;
            }
            for (String extra : extraSheets) {
                Worksheet other = workbook.newWorksheet(extra);
                other.value(0, 0, "说明");
                other.value(1, 0, "本表为填报说明，不导入。");
            }
            workbook.finish();
        }
        return file;
    }

    /**
     * A workbook with a two-row header whose cells are merged, as offices like to draw them:
     * 乡镇 spans two rows, 注册情况 spans the count columns.
     */
    public static Path xlsxWithMergedHeader(Path file, List<List<Object>> rows) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "kepu-tests", "1.0");
            Worksheet sheet = workbook.newWorksheet("登记表");
            sheet.value(0, 0, "乡镇");
            sheet.range(0, 0, 1, 0).merge();
            sheet.value(0, 1, "日期");
            sheet.range(0, 1, 1, 1).merge();
            sheet.value(0, 2, "注册情况");
            sheet.range(0, 2, 0, 3).merge();
            sheet.value(1, 2, "累计注册人数");
            sheet.value(1, 3, "活跃信息员");
            int r = 2;
            for (List<Object> row : rows) {
                put(sheet, r, 0, row.get(0));
                put(sheet, r, 1, row.get(2));
                put(sheet, r, 2, row.get(3));
                put(sheet, r, 3, row.get(4));
                r++;
            }
            workbook.finish();
        }
        return file;
    }

    /** The worksheet part of the workbooks this class writes. */
    public static final String SHEET = "xl/worksheets/sheet1.xml";

    /**
     * A copy of a workbook with one part changed, or added when the workbook has none ({@code change}
     * then gets null): how the malformed and hostile workbooks of the tests are made.
     */
    public static Path rewrite(Path workbook, Path target, String part, UnaryOperator<byte[]> change)
            throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipFile in = new ZipFile(workbook.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(in.entries())) {
                try (var content = in.getInputStream(entry)) {
                    parts.put(entry.getName(), content.readAllBytes());
                }
            }
        }
        parts.put(part, change.apply(parts.get(part)));
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (Map.Entry<String, byte[]> entry : parts.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
        return target;
    }

    /** {@link #rewrite} of a part's text. */
    public static Path rewriteText(Path workbook, Path target, String part, UnaryOperator<String> change)
            throws IOException {
        return rewrite(
                workbook,
                target,
                part,
                bytes -> change.apply(bytes == null ? null : new String(bytes, java.nio.charset.StandardCharsets.UTF_8))
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static void put(Worksheet sheet, int r, int c, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof Number n) {
            sheet.value(r, c, n);
        } else if (value instanceof LocalDate d) {
            sheet.value(r, c, d);
            sheet.style(r, c).format("yyyy-mm-dd").set();
        } else if (value.toString().startsWith("=")) {
            sheet.formula(r, c, value.toString().substring(1));
        } else {
            sheet.value(r, c, value.toString());
        }
    }
}
