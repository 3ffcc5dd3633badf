package org.kepu.content.registration;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;

/**
 * A spreadsheet on local disk, recognised by its content, never by its name: an .xlsx workbook (a
 * ZIP file) or text that decodes as UTF-8 or else as GBK, which is what Excel on a Chinese Windows
 * writes when a sheet is saved as CSV.
 */
final class SpreadsheetFile {

    static final Charset GBK = Charset.forName("GBK");

    enum Format {
        XLSX,
        CSV
    }

    private final Path path;
    private final Format format;
    private final Charset charset;
    private final char delimiter;
    private final int maxRows;

    private SpreadsheetFile(Path path, Format format, Charset charset, char delimiter, int maxRows) {
        this.path = path;
        this.format = format;
        this.charset = charset;
        this.delimiter = delimiter;
        this.maxRows = maxRows;
    }

    /**
     * Recognises the file or refuses it with a {@link RegistrationRefused} that says why. A workbook
     * is checked against the limits in one streaming pass first (see {@link WorkbookGuard}), so no
     * later read of it costs more than they allow.
     */
    static SpreadsheetFile recognise(Path path, RegistrationSettings settings) throws IOException {
        long size = Files.size(path);
        if (size == 0) {
            throw new RegistrationRefused("EMPTY_FILE");
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(path)) {
            head = in.readNBytes(8192);
        }
        if (ReadableWorkbook.isOOXMLZipHeader(head)) {
            WorkbookGuard.check(path, settings);
            return new SpreadsheetFile(path, Format.XLSX, null, ',', settings.maxRows());
        }
        if (ReadableWorkbook.isOLE2Header(head)) {
            throw new RegistrationRefused("OLD_EXCEL");
        }
        if (looksBinary(head)) {
            throw new RegistrationRefused("UNSUPPORTED_TYPE");
        }
        Charset charset = decodes(path, StandardCharsets.UTF_8) ? StandardCharsets.UTF_8 : null;
        if (charset == null) {
            if (!decodes(path, GBK)) {
                throw new RegistrationRefused("UNKNOWN_ENCODING");
            }
            charset = GBK;
        }
        return new SpreadsheetFile(path, Format.CSV, charset, delimiter(path, charset), settings.maxRows());
    }

    Format format() {
        return format;
    }

    Charset charset() {
        return charset;
    }

    /**
     * Opens the sheet with the given index (CSV files have only sheet 0); null when there is no such
     * sheet. Reading past the row limit is refused.
     */
    RowSource open(int sheet) throws IOException {
        if (format == Format.CSV) {
            return sheet == 0 ? new CsvRowSource(path, charset, delimiter, maxRows) : null;
        }
        try {
            return XlsxRowSource.open(path, sheet, maxRows);
        } catch (ExcelReaderException | IOException | IllegalStateException e) {
            throw new RegistrationRefused("BROKEN_XLSX");
        }
    }

    private static boolean looksBinary(byte[] head) {
        for (byte b : head) {
            if (b == 0) {
                return true;
            }
        }
        // PDF, PNG, JPEG, GIF, ZIP other than OOXML (caught above), RAR, 7z
        String start = new String(head, 0, Math.min(4, head.length), StandardCharsets.ISO_8859_1);
        return start.startsWith("%PDF")
                || start.startsWith("\u0089PNG")
                || start.startsWith("\u00ff\u00d8")
                || start.startsWith("GIF8")
                || start.startsWith("PK")
                || start.startsWith("Rar!");
    }

    /** Decodes the whole file strictly, in a streaming pass: any malformed byte means another charset. */
    private static boolean decodes(Path path, Charset charset) throws IOException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader reader = new InputStreamReader(Files.newInputStream(path), decoder)) {
            char[] buffer = new char[1 << 16];
            while (reader.read(buffer) >= 0) {
                // reading is the check
            }
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** The separator that occurs most in one of the first lines (a title line above the header has none). */
    private static char delimiter(Path path, Charset charset) throws IOException {
        long[] best = new long[3];
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(path), charset))) {
            String line;
            for (int i = 0; i < SheetHeader.SEARCH_ROWS && (line = reader.readLine()) != null; i++) {
                best[0] = Math.max(best[0], count(line, ','));
                best[1] = Math.max(best[1], count(line, '\t'));
                best[2] = Math.max(best[2], count(line, ';'));
            }
        }
        if (best[1] > best[0] && best[1] >= best[2]) {
            return '\t';
        }
        return best[2] > best[0] ? ';' : ',';
    }

    private static long count(String line, char c) {
        return line.chars().filter(ch -> ch == c).count();
    }
}
