package org.kepu.content.registration;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads dates and whole numbers from cells as people type them in Chinese spreadsheets. */
final class CellValues {

    private static final Pattern YMD =
            Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:[ T].*)?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private CellValues() {}

    /** A date, or null when the cell holds none that can be read. */
    static LocalDate date(SheetCell cell) {
        String text = normalise(cell.text());
        if (cell.kind() == SheetCell.Kind.NUMBER && text.matches("\\d{5}(\\.0+)?")) {
            // Excel stores dates as days since 1899-12-30
            return EXCEL_EPOCH.plusDays(Long.parseLong(text.replaceAll("\\..*", "")));
        }
        try {
            Matcher ymd = YMD.matcher(text);
            if (ymd.matches()) {
                return LocalDate.of(
                        Integer.parseInt(ymd.group(1)), Integer.parseInt(ymd.group(2)), Integer.parseInt(ymd.group(3)));
            }
            Matcher compact = COMPACT.matcher(text);
            if (compact.matches()) {
                return LocalDate.of(
                        Integer.parseInt(compact.group(1)),
                        Integer.parseInt(compact.group(2)),
                        Integer.parseInt(compact.group(3)));
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }

    /** The number in the cell, or null when it is not a number (thousands separators allowed). */
    static BigDecimal number(SheetCell cell) {
        String text = normalise(cell.text()).replace(",", "").replace(" ", "");
        if (!text.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?")) {
            return null;
        }
        return new BigDecimal(text);
    }

    static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
    }

    /** Cell text shortened for a message. */
    static String shown(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
