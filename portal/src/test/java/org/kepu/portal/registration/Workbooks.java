package org.kepu.portal.registration;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** .xlsx workbooks written part by part, so a test can leave out what Excel always writes or add what it never does. */
final class Workbooks {

    static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private Workbooks() {}

    /** A one-sheet workbook around the given worksheet XML. */
    static byte[] xlsx(String sheetXml) {
        return xlsx(sheetXml.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] xlsx(byte[] sheetXml) {
        String rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        Map<String, byte[]> parts = new java.util.LinkedHashMap<>();
        parts.put(
                "[Content_Types].xml",
                ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                                + "</Types>")
                        .getBytes(StandardCharsets.UTF_8));
        parts.put(
                "_rels/.rels",
                ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                                + "<Relationship Id=\"rId1\" Type=\"" + rel
                                + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                                + "</Relationships>")
                        .getBytes(StandardCharsets.UTF_8));
        parts.put(
                "xl/workbook.xml",
                ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + rel + "\">"
                                + "<sheets><sheet name=\"登记表\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>")
                        .getBytes(StandardCharsets.UTF_8));
        parts.put(
                "xl/_rels/workbook.xml.rels",
                ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                                + "<Relationship Id=\"rId1\" Type=\"" + rel
                                + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                                + "</Relationships>")
                        .getBytes(StandardCharsets.UTF_8));
        parts.put("xl/worksheets/sheet1.xml", sheetXml);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A worksheet of the header and {@code rows} data rows for a town; rows carry their position when asked. */
    static String sheet(String town, String village, int rows, boolean positions) {
        StringBuilder xml = new StringBuilder(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN + "\"><sheetData>");
        xml.append(row(1, positions, "乡镇", "村（嘎查）", "日期", "累计注册人数"));
        for (int i = 0; i < rows; i++) {
            xml.append(row(i + 2, positions, town, village + i, "2025-03-31", String.valueOf(10 + i)));
        }
        return xml.append("</sheetData></worksheet>").toString();
    }

    private static String row(int r, boolean positions, String... values) {
        StringBuilder row = new StringBuilder(positions ? "<row r=\"" + r + "\">" : "<row>");
        for (int c = 0; c < values.length; c++) {
            row.append("<c r=\"")
                    .append((char) ('A' + c))
                    .append(r)
                    .append("\" t=\"inlineStr\"><is><t>")
                    .append(values[c])
                    .append("</t></is></c>");
        }
        return row.append("</row>").toString();
    }
}
