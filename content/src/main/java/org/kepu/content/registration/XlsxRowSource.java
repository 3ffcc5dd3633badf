package org.kepu.content.registration;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rows of one sheet of an .xlsx workbook, streamed from the file. Formula cells keep their formula
 * so that the check can refuse them: a cached result may be stale, and a person should see that the
 * figures were computed, not typed. Whatever the reader throws on a damaged file (it assumes a
 * well-formed workbook) is a refusal of the file, and a sheet beyond the row limit is refused.
 */
final class XlsxRowSource implements RowSource {

    private static final Logger log = LoggerFactory.getLogger(XlsxRowSource.class);

    private final ReadableWorkbook workbook;
    private final Stream<Row> rows;
    private final Iterator<Row> iterator;
    private final List<String> ignored;
    private final String sheetName;
    private final int maxRows;
    private int count;

    private XlsxRowSource(ReadableWorkbook workbook, Sheet sheet, List<String> ignored, int maxRows)
            throws IOException {
        this.workbook = workbook;
        this.maxRows = maxRows;
        this.sheetName = sheet.getName();
        this.rows = sheet.openStream();
        this.iterator = rows.iterator();
        this.ignored = ignored;
    }

    /** Opens the visible sheet at {@code index} among the visible sheets; the others are reported as ignored. */
    static XlsxRowSource open(Path file, int index, int maxRows) throws IOException {
        ReadableWorkbook workbook;
        try {
            workbook = new ReadableWorkbook(file.toFile());
        } catch (RuntimeException e) {
            throw broken(e);
        }
        try {
            List<Sheet> visible = workbook.getSheets()
                    .filter(s -> s.getVisibility() == SheetVisibility.VISIBLE)
                    .toList();
            if (index >= visible.size()) {
                workbook.close();
                return null;
            }
            List<String> others = visible.stream()
                    .filter(s -> s != visible.get(index))
                    .map(Sheet::getName)
                    .toList();
            return new XlsxRowSource(workbook, visible.get(index), others, maxRows);
        } catch (RuntimeException e) {
            workbook.close();
            throw broken(e);
        } catch (IOException e) {
            workbook.close();
            throw e;
        }
    }

    @Override
    public SheetRow next() {
        try {
            if (!iterator.hasNext()) {
                return null;
            }
            if (++count > maxRows) {
                throw new RegistrationRefused("TOO_MANY_ROWS", maxRows);
            }
            Row row = iterator.next();
            List<SheetCell> cells = new ArrayList<>(row.getCellCount());
            for (int i = 0; i < row.getCellCount(); i++) {
                cells.add(cell(row.getCell(i)));
            }
            return new SheetRow(row.getRowNum(), cells);
        } catch (RuntimeException e) {
            throw broken(e);
        }
    }

    /** The reader's own failure (a missing attribute, a bad number, a reference out of range) as a refusal. */
    private static RegistrationRefused broken(RuntimeException e) {
        if (e instanceof RegistrationRefused refused) {
            return refused;
        }
        log.debug("Unreadable workbook: {}", e.toString());
        return new RegistrationRefused("BROKEN_XLSX");
    }

    String sheetName() {
        return sheetName;
    }

    @Override
    public List<String> ignoredSheets() {
        return ignored;
    }

    @Override
    public void close() throws IOException {
        try {
            rows.close();
        } finally {
            workbook.close();
        }
    }

    private static SheetCell cell(Cell cell) {
        if (cell == null) {
            return SheetCell.EMPTY;
        }
        return switch (cell.getType()) {
            case EMPTY -> SheetCell.EMPTY;
            case NUMBER -> new SheetCell(SheetCell.Kind.NUMBER, plain(cell.asNumber()));
            case FORMULA -> new SheetCell(SheetCell.Kind.FORMULA, "=" + cell.getFormula());
            case ERROR -> new SheetCell(SheetCell.Kind.ERROR, String.valueOf(cell.getRawValue()));
            case BOOLEAN -> SheetCell.text(String.valueOf(cell.asBoolean()));
            case STRING -> SheetCell.text(cell.asString());
        };
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }
}
