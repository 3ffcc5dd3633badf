package org.kepu.content.registration;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * One streaming pass over an .xlsx workbook before the spreadsheet reader sees it, so that every later
 * read is bounded: each part is inflated through a counter that stops at the uncompressed-size and
 * compression-ratio limits (a zip bomb costs no more than the limit), and each XML part is read with
 * a parser that takes no DTD and checks what the reader relies on — every row and cell has its
 * position, positions stay within Excel's grid, texts within Excel's cell limit, a sheet within the
 * row limit, shared-string references within the table. Refusals are {@link RegistrationRefused}
 * with a code that says what is wrong.
 */
final class WorkbookGuard {

    static final int MAX_PARTS = 1000;
    static final int MAX_SHEETS = 50;
    /** Excel's own limit on the text of one cell. */
    static final int MAX_TEXT = 32_767;

    static final int MAX_COLUMN = 16_384;
    static final int MAX_ROW = 1_048_576;
    /** Small parts compress extremely well (a sheet of empty rows); the ratio counts only beyond this. */
    private static final long RATIO_GRACE = 1 << 20;

    private static final Pattern CELL = Pattern.compile("\\$?([A-Z]{1,3})\\$?([1-9][0-9]{0,6})");
    private static final XMLInputFactory XML = hardened();

    private final RegistrationSettings settings;
    private long inflated;
    private int sheets;
    private int maxSharedIndex = -1;
    private int sharedStrings = Integer.MAX_VALUE;
    private boolean workbook;
    private boolean worksheet;

    private WorkbookGuard(RegistrationSettings settings) {
        this.settings = settings;
    }

    static void check(Path path, RegistrationSettings settings) throws IOException {
        new WorkbookGuard(settings).scan(path);
    }

    private void scan(Path path) throws IOException {
        try (ZipFile zip = new ZipFile(path.toFile())) {
            Set<String> names = new HashSet<>();
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                // the reader looks parts up by name, case-insensitively: two of one name could differ
                if (!names.add(entry.getName().toLowerCase(Locale.ROOT))) {
                    throw new RegistrationRefused("BROKEN_XLSX");
                }
                if (names.size() > MAX_PARTS) {
                    throw new RegistrationRefused("TOO_MANY_PARTS", MAX_PARTS);
                }
                if (!entry.isDirectory()) {
                    part(zip, entry);
                }
            }
        } catch (ZipException e) {
            // not a zip after all, an encrypted or unusually compressed part
            throw new RegistrationRefused("BROKEN_XLSX");
        }
        if (!workbook || !worksheet) {
            throw new RegistrationRefused("NO_WORKSHEET");
        }
        if (maxSharedIndex >= sharedStrings || (maxSharedIndex >= 0 && sharedStrings == Integer.MAX_VALUE)) {
            throw new RegistrationRefused("BROKEN_XLSX");
        }
    }

    private void part(ZipFile zip, ZipEntry entry) throws IOException {
        if (entry.getSize() > settings.maxUncompressedSize().toBytes()) {
            throw uncompressedTooLarge();
        }
        String name = entry.getName();
        boolean xmlName = name.toLowerCase(Locale.ROOT).endsWith(".xml")
                || name.toLowerCase(Locale.ROOT).endsWith(".rels");
        try (InputStream in = new Inflation(zip.getInputStream(entry), entry)) {
            XMLStreamReader xml = XML.createXMLStreamReader(in);
            try {
                new PartCheck(name, xml).run();
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            // another kind of part (an image) is no XML and the reader never parses it as such
            if (xmlName) {
                throw new RegistrationRefused("BAD_XML", name);
            }
        }
    }

    private RegistrationRefused uncompressedTooLarge() {
        return new RegistrationRefused(
                "UNCOMPRESSED_TOO_LARGE", settings.maxUncompressedSize().toMegabytes());
    }

    /** The checks on one XML part, as its events stream by. */
    private final class PartCheck {

        private final String name;
        private final XMLStreamReader xml;
        private final StringBuilder sharedIndex = new StringBuilder();
        private String root;
        private int strings;
        private int rows;
        private boolean inSheetData;
        private int valueDepth;
        private long text;
        private boolean sharedCell;
        private boolean inValue;

        PartCheck(String name, XMLStreamReader xml) {
            this.name = name;
            this.xml = xml;
        }

        void run() throws XMLStreamException {
            int depth = 0;
            while (xml.hasNext()) {
                int event = xml.next();
                switch (event) {
                    case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE ->
                        throw new RegistrationRefused("XML_DTD", name);
                    case XMLStreamConstants.START_ELEMENT -> start(depth++ == 0);
                    case XMLStreamConstants.END_ELEMENT -> {
                        depth--;
                        end();
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        characters();
                    default -> {
                        // comments and processing instructions carry nothing the reader uses
                    }
                }
            }
            if ("sst".equals(root)) {
                // the reader uses one table; the smallest bounds what a cell may refer to
                sharedStrings = Math.min(sharedStrings, strings);
            }
        }

        private void start(boolean first) {
            String element = xml.getLocalName();
            if (first) {
                root = element;
                switch (element) {
                    case "workbook" -> workbook = true;
                    case "worksheet" -> worksheet = true;
                    default -> {
                        // other parts: styles, relationships, properties
                    }
                }
            }
            switch (element) {
                case "sheetData" -> inSheetData = true;
                case "sheet" -> {
                    if (++sheets > MAX_SHEETS) {
                        throw new RegistrationRefused("TOO_MANY_SHEETS", MAX_SHEETS);
                    }
                }
                case "row" -> {
                    if (inSheetData) {
                        row();
                    }
                }
                case "c" -> {
                    if (inSheetData) {
                        cell();
                    }
                }
                case "si" -> strings++;
                case "v" -> {
                    inValue = true;
                    sharedIndex.setLength(0);
                }
                default -> {
                    // nothing to check
                }
            }
            if (element.equals("si") || element.equals("is") || (inSheetData && element.equals("c"))) {
                valueDepth++;
                text = 0;
            }
        }

        private void end() {
            String element = xml.getLocalName();
            if (element.equals("sheetData")) {
                inSheetData = false;
            } else if (element.equals("v")) {
                inValue = false;
                if (sharedCell) {
                    sharedIndex();
                }
            } else if (element.equals("c")) {
                sharedCell = false;
            }
            if (valueDepth > 0 && (element.equals("si") || element.equals("is") || element.equals("c"))) {
                valueDepth--;
            }
        }

        private void row() {
            if (++rows > settings.maxRows()) {
                throw new RegistrationRefused("TOO_MANY_ROWS", settings.maxRows());
            }
            String r = xml.getAttributeValue(null, "r");
            if (r == null) {
                throw new RegistrationRefused("MISSING_POSITION", name, rows);
            }
            if (!r.matches("[1-9][0-9]{0,6}") || Integer.parseInt(r) > MAX_ROW) {
                throw new RegistrationRefused("BAD_POSITION", name, r);
            }
        }

        private void cell() {
            String r = xml.getAttributeValue(null, "r");
            if (r == null) {
                throw new RegistrationRefused("MISSING_POSITION", name, rows);
            }
            Matcher m = CELL.matcher(r);
            if (!m.matches() || column(m.group(1)) > MAX_COLUMN || Integer.parseInt(m.group(2)) > MAX_ROW) {
                throw new RegistrationRefused("BAD_POSITION", name, r);
            }
            sharedCell = "s".equals(xml.getAttributeValue(null, "t"));
        }

        private void characters() {
            if (valueDepth > 0) {
                text += xml.getTextLength();
                if (text > MAX_TEXT) {
                    throw new RegistrationRefused("TEXT_TOO_LONG", name, MAX_TEXT);
                }
            }
            if (sharedCell && inValue) {
                sharedIndex.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
            }
        }

        private void sharedIndex() {
            String index = sharedIndex.toString().strip();
            if (!index.isEmpty()) {
                if (!index.matches("[0-9]{1,9}")) {
                    throw new RegistrationRefused("BROKEN_XLSX");
                }
                maxSharedIndex = Math.max(maxSharedIndex, Integer.parseInt(index));
            }
        }

        private static int column(String letters) {
            int column = 0;
            for (char c : letters.toCharArray()) {
                column = column * 26 + (c - 'A' + 1);
            }
            return column;
        }
    }

    /** Counts what a part inflates to, across the workbook, and stops at the limits. */
    private final class Inflation extends FilterInputStream {

        private final long compressed;
        private final String name;
        private long read;

        Inflation(InputStream in, ZipEntry entry) {
            super(in);
            this.compressed = Math.max(1, entry.getCompressedSize());
            this.name = entry.getName();
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            inflated += n;
            if (inflated > settings.maxUncompressedSize().toBytes()) {
                throw uncompressedTooLarge();
            }
            if (read > RATIO_GRACE && read > compressed * settings.maxCompressionRatio()) {
                throw new RegistrationRefused("COMPRESSION_RATIO", name, settings.maxCompressionRatio());
            }
        }
    }

    private static XMLInputFactory hardened() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        return factory;
    }
}
