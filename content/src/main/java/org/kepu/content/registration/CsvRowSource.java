package org.kepu.content.registration;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Rows of a .csv file in UTF-8 (with or without BOM) or GBK, comma-, semicolon- or tab-separated; a
 * file beyond the row limit is refused at the first row past it.
 */
final class CsvRowSource implements RowSource {

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final int maxRows;
    private int rows;

    CsvRowSource(Path file, Charset charset, char delimiter, int maxRows) throws IOException {
        this.maxRows = maxRows;
        InputStream in = skipBom(Files.newInputStream(file));
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, charset), 1 << 16);
        this.parser = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(true)
                .get()
                .parse(reader);
        this.records = parser.iterator();
    }

    @Override
    public SheetRow next() throws IOException {
        if (!records.hasNext()) {
            return null;
        }
        CSVRecord record = records.next();
        if (++rows > maxRows) {
            throw new RegistrationRefused("TOO_MANY_ROWS", maxRows);
        }
        List<SheetCell> cells = new ArrayList<>(record.size());
        record.forEach(value -> cells.add(SheetCell.text(value)));
        // Line numbers as a text editor counts them; a quoted value with line breaks moves it on.
        return new SheetRow((int) record.getRecordNumber(), cells);
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    private static InputStream skipBom(InputStream in) throws IOException {
        PushbackInputStream pushback = new PushbackInputStream(in, 3);
        byte[] head = pushback.readNBytes(3);
        boolean bom =
                head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
        if (!bom) {
            pushback.unread(head);
        }
        return pushback;
    }
}
