package org.kepu.content.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kepu.content.registration.RegistrationImportsTests.ADMIN;
import static org.kepu.content.registration.RegistrationImportsTests.MARCH;
import static org.kepu.content.registration.RegistrationImportsTests.open;
import static org.kepu.content.registration.Spreadsheets.row;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/** The files people really send: clear refusals or a correct result, never half an import. */
// A context of its own, closed afterwards: a cached context that Spring paused while other test
// classes ran cannot restart its job scheduler (JobWorkers), so it is never resumed.
@SpringBootTest(
        properties = {
            "kepu.test.context=registration-bad-files",
            "kepu.registration.max-rows=1000",
            "kepu.registration.max-uncompressed-size=8MB"
        })
@DirtiesContext
class BadFilesTests {

    @TempDir
    Path temp;

    @Autowired
    RegistrationImports imports;

    @Test
    void anEmptyFileIsRefused() {
        assertRefused(new ByteArrayInputStream(new byte[0]), "EMPTY_FILE");
    }

    @Test
    void a200MegabyteFileIsRefusedAfterReadingOnlyTheLimit() {
        CountingZeros huge = new CountingZeros(200L * 1024 * 1024);

        assertThatThrownBy(() -> imports.upload(huge, "huge.csv", ADMIN))
                .isInstanceOfSatisfying(RegistrationRefused.class, e -> {
                    assertThat(e.code()).isEqualTo("FILE_TOO_LARGE");
                    assertThat(e.args()).containsExactly("20");
                });
        assertThat(huge.read).isLessThanOrEqualTo(20L * 1024 * 1024 + 65536);
    }

    @Test
    void otherFileTypesAreRecognisedByContentNotName() {
        assertRefused(
                new ByteArrayInputStream("%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1)),
                "UNSUPPORTED_TYPE");
        byte[] ole2 = {
            (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0, 0
        };
        assertRefused(new ByteArrayInputStream(ole2), "OLD_EXCEL");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        assertRefused(new ByteArrayInputStream(png), "UNSUPPORTED_TYPE");
    }

    @Test
    void aZipThatIsNotAWorkbookIsRefused() throws IOException {
        Path zip = temp.resolve("fake.xlsx");
        try (var out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("[Content_Types].xml"));
            out.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        assertThatThrownBy(() -> imports.check(open(zip), "fake.xlsx", ADMIN))
                .isInstanceOfSatisfying(
                        RegistrationRefused.class, e -> assertThat(e.code()).isEqualTo("NO_WORKSHEET"));
    }

    @Test
    void aFileThatStartsLikeAZipButIsNoneIsRefused() throws IOException {
        Path file =
                Files.write(temp.resolve("not-a-zip.xlsx"), "PK\u0003\u0004 其实不是压缩包".getBytes(StandardCharsets.UTF_8));

        assertCheckRefused(file, "BROKEN_XLSX");
    }

    @Test
    void aRowWithoutItsPositionIsRefusedWithAClearMessage() throws IOException {
        Path file = Spreadsheets.rewriteText(
                good(),
                temp.resolve("no-r.xlsx"),
                Spreadsheets.SHEET,
                xml -> xml.replaceAll("<row r=\"\\d+\"", "<row"));

        assertCheckRefused(file, "MISSING_POSITION", Spreadsheets.SHEET, "1");
        assertRefused(open(file), "MISSING_POSITION");
    }

    @Test
    void aCellOutsideExcelsGridIsRefused() throws IOException {
        Path file = Spreadsheets.rewriteText(
                good(),
                temp.resolve("far-cell.xlsx"),
                Spreadsheets.SHEET,
                xml -> xml.replace("r=\"A2\"", "r=\"ZZZZZ2\""));

        assertCheckRefused(file, "BAD_POSITION", Spreadsheets.SHEET, "ZZZZZ2");
    }

    @Test
    void aDoctypeInAnyPartIsRefusedBeforeItIsRead() throws IOException {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>";
        Path file = Spreadsheets.rewriteText(
                good(),
                temp.resolve("xxe.xlsx"),
                Spreadsheets.SHEET,
                xml -> xxe + xml.substring(xml.indexOf("?>") + 2).replace("乌兰木伦镇", "&xxe;"));
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY a \"哈哈哈哈哈哈哈哈\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
                + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>&c;</t></si></sst>";
        Path billion =
                Spreadsheets.rewriteText(good(), temp.resolve("laughs.xlsx"), "xl/sharedStrings.xml", xml -> laughs);

        assertCheckRefused(file, "XML_DTD", Spreadsheets.SHEET);
        assertCheckRefused(billion, "XML_DTD", "xl/sharedStrings.xml");
    }

    @Test
    void brokenXmlInAWorkbookPartIsRefusedNamingThePart() throws IOException {
        Path file = Spreadsheets.rewriteText(
                good(),
                temp.resolve("bad-xml.xlsx"),
                Spreadsheets.SHEET,
                xml -> xml.replace("</sheetData>", "</sheetDat>"));

        assertCheckRefused(file, "BAD_XML", Spreadsheets.SHEET);
    }

    @Test
    void aSharedStringThatIsNotInTheTableIsRefused() throws IOException {
        Path file = Spreadsheets.rewriteText(
                good(),
                temp.resolve("missing-string.xlsx"),
                Spreadsheets.SHEET,
                xml -> xml.replaceFirst("t=\"s\"([^>]*)><v>\\d+</v>", "t=\"s\"$1><v>99999</v>"));

        assertCheckRefused(file, "BROKEN_XLSX");
    }

    @Test
    void aWorkbookOverTheRowLimitIsRefusedWithTheLimitInTheMessage() throws IOException {
        List<List<Object>> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            rows.add(row("乌兰木伦镇", "第" + i + "村", MARCH, i, null, null));
        }
        Path xlsx = Spreadsheets.xlsx(temp.resolve("rows.xlsx"), rows);
        Path csv = Spreadsheets.csv(temp.resolve("rows.csv"), StandardCharsets.UTF_8, rows);
        Path fits = Spreadsheets.xlsx(temp.resolve("fits.xlsx"), rows.subList(0, 999));

        assertCheckRefused(xlsx, "TOO_MANY_ROWS", "1000");
        assertCheckRefused(csv, "TOO_MANY_ROWS", "1000");
        assertThat(imports.check(open(fits), "fits.xlsx", ADMIN).validRows()).isEqualTo(999);
    }

    @Test
    void aZipBombIsRefusedWhileInflatingByItsCompressionRatio() throws IOException {
        // 7 MB of spaces inside the sheet data deflate to a few kilobytes
        Path bomb = Spreadsheets.rewrite(good(), temp.resolve("bomb.xlsx"), Spreadsheets.SHEET, xml -> {
            byte[] head = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                    .getBytes(StandardCharsets.UTF_8);
            byte[] bytes = new byte[7 << 20];
            Arrays.fill(bytes, (byte) ' ');
            System.arraycopy(head, 0, bytes, 0, head.length);
            return bytes;
        });
        assertThat(Files.size(bomb)).isLessThan(100_000);

        assertCheckRefused(bomb, "COMPRESSION_RATIO", Spreadsheets.SHEET, "100");
    }

    @Test
    void aWorkbookInflatingBeyondTheLimitIsRefused() throws IOException {
        // shared strings that compress like real text, 10 MB of them: beyond the 8 MB limit of this test
        java.util.Random random = new java.util.Random(12);
        StringBuilder sst =
                new StringBuilder("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
        while (sst.length() < 10 << 20) {
            sst.append("<si><t>").append(Long.toString(random.nextLong(), 36)).append("</t></si>");
        }
        sst.append("</sst>");
        Path big = Spreadsheets.rewriteText(
                good(), temp.resolve("big.xlsx"), "xl/sharedStrings.xml", xml -> sst.toString());

        assertCheckRefused(big, "UNCOMPRESSED_TOO_LARGE", "8");
    }

    @Test
    void aSharedStringLongerThanAnExcelCellIsRefused() throws IOException {
        String text = "长".repeat(WorkbookGuard.MAX_TEXT + 1);
        Path file = Spreadsheets.rewriteText(
                good(),
                temp.resolve("long-string.xlsx"),
                "xl/sharedStrings.xml",
                xml -> "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>" + text
                        + "</t></si></sst>");

        assertCheckRefused(file, "TEXT_TOO_LONG", "xl/sharedStrings.xml", String.valueOf(WorkbookGuard.MAX_TEXT));
    }

    private Path good() throws IOException {
        return Spreadsheets.xlsx(
                temp.resolve("good-" + System.nanoTime() + ".xlsx"),
                List.of(row("乌兰木伦镇", "巴图嘎查", MARCH, 10, 2, null), row("红庆河镇", "巴音嘎查", MARCH, 12, null, null)));
    }

    private void assertCheckRefused(Path file, String code, String... args) {
        assertThatThrownBy(() -> imports.check(open(file), file.getFileName().toString(), ADMIN))
                .isInstanceOfSatisfying(RegistrationRefused.class, e -> {
                    assertThat(e.code()).isEqualTo(code);
                    assertThat(e.args()).containsExactly(args);
                });
    }

    @Test
    void aTwoRowHeaderWithMergedCellsIsRead() throws IOException {
        Path file = Spreadsheets.xlsxWithMergedHeader(
                temp.resolve("merged.xlsx"), List.of(row("乌兰木伦镇", "", MARCH, 10, 2, null)));

        ImportCheck check = imports.check(open(file), "merged.xlsx", ADMIN);

        assertThat(check.problems()).isEmpty();
        assertThat(check.preview()).containsExactly(new ReportLine(3, "ulanmulun", "", MARCH, 10, 2, null));
    }

    @Test
    void aHeaderWithoutTheRequiredColumnsNamesWhatIsMissing() throws IOException {
        Path file = Files.writeString(
                temp.resolve("no-town.csv"), "村,日期,人数\r\n巴图嘎查,2025-03-31,10\r\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> imports.check(open(file), "no-town.csv", ADMIN))
                .isInstanceOfSatisfying(RegistrationRefused.class, e -> {
                    assertThat(e.code()).isEqualTo("HEADER_NOT_FOUND");
                    assertThat(e.args()).containsExactly("乡镇、累计注册人数");
                });
    }

    @Test
    void extraSheetsAreIgnoredWithAWarning() throws IOException {
        Path file = Spreadsheets.xlsx(
                temp.resolve("sheets.xlsx"), List.of(row("乌兰木伦镇", "额外工作表村", MARCH, 10, 2, 3)), "填表说明", "汇总");

        ImportCheck check = imports.check(open(file), "sheets.xlsx", ADMIN);

        assertThat(check.validRows()).isEqualTo(1);
        assertThat(check.warnings()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo("EXTRA_SHEETS");
            assertThat(w.args()).containsExactly("登记表", "填表说明、汇总");
        });
    }

    @Test
    void formulasInsteadOfNumbersAreErrors() throws IOException {
        Path file = Spreadsheets.xlsx(
                temp.resolve("formula.xlsx"),
                List.of(row("乌兰木伦镇", "公式村", MARCH, "=10+20", null, null), row("乌兰木伦镇", "数值村", MARCH, 30, null, null)));

        ImportCheck check = imports.check(open(file), "formula.xlsx", ADMIN);

        assertThat(check.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.code()).isEqualTo("FORMULA");
            assertThat(e.args()).containsExactly("累计注册人数", "=10+20");
        });
        assertThat(check.validRows()).isEqualTo(1);
    }

    @Test
    void excelDatesAndNumbersAreRead() throws IOException {
        List<Object> typed = row("乌兰木伦镇", "日期格式村", null, 25, 4, 9);
        typed.set(2, MARCH);
        Path file = Spreadsheets.xlsx(temp.resolve("typed.xlsx"), List.of(typed));

        ImportCheck check = imports.check(open(file), "typed.xlsx", ADMIN);

        assertThat(check.preview()).containsExactly(new ReportLine(2, "ulanmulun", "日期格式村", MARCH, 25, 4, 9L));
    }

    @Test
    void gbkTextAlreadyGarbledIntoUtf8IsAnError() throws IOException {
        // What a GBK file becomes when a tool reads it as UTF-8 and saves it again: replacement characters.
        byte[] gbk = "乡镇,日期,累计注册人数\r\n乌兰木伦镇,2025-03-31,10\r\n".getBytes(SpreadsheetFile.GBK);
        String garbled = new String(gbk, StandardCharsets.UTF_8);
        Path file = Files.writeString(temp.resolve("garbled.csv"), garbled, StandardCharsets.UTF_8);

        assertThatThrownBy(() -> imports.check(open(file), "garbled.csv", ADMIN))
                .isInstanceOfSatisfying(
                        RegistrationRefused.class, e -> assertThat(e.code()).isEqualTo("HEADER_NOT_FOUND"));
        Path withGoodHeader = Files.writeString(
                temp.resolve("garbled-rows.csv"),
                "乡镇,日期,累计注册人数\r\n" + new String("乌兰木伦镇".getBytes(SpreadsheetFile.GBK), StandardCharsets.UTF_8)
                        + ",2025-03-31,10\r\n",
                StandardCharsets.UTF_8);
        ImportCheck check = imports.check(open(withGoodHeader), "garbled-rows.csv", ADMIN);
        assertThat(check.errors()).extracting(Problem::code).containsExactly("GARBLED_TEXT");
    }

    @Test
    void theHeaderOfTheTemplateAndOfTheManualFormIsUnderstood() throws IOException {
        Path file = Files.writeString(
                temp.resolve("template.csv"),
                "乡镇,村（嘎查）/单位,日期,累计注册人数,活跃信息员,分享次数\r\n红庆河镇,巴音嘎查,2025-03-31,12,3,4\r\n",
                StandardCharsets.UTF_8);

        ImportCheck check = imports.check(open(file), "template.csv", ADMIN);

        assertThat(check.preview()).containsExactly(new ReportLine(2, "hongqinghe", "巴音嘎查", MARCH, 12, 3, 4L));
    }

    @Test
    void aCsvWithAnUnclosedQuoteIsRefused() throws IOException {
        Path file = Files.writeString(
                temp.resolve("quote.csv"),
                "乡镇,日期,累计注册人数\r\n乌兰木伦镇,2025-03-31,\"10\r\n红庆河镇,2025-03-31,12\r\n",
                StandardCharsets.UTF_8);

        assertThatThrownBy(() -> imports.check(open(file), "quote.csv", ADMIN))
                .isInstanceOfSatisfying(
                        RegistrationRefused.class, e -> assertThat(e.code()).isEqualTo("BROKEN_CSV"));
    }

    @Test
    void aHeaderOnlyFileHasNoData() throws IOException {
        Path file = Files.writeString(temp.resolve("header.csv"), "乡镇,日期,累计注册人数\r\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> imports.check(open(file), "header.csv", ADMIN))
                .isInstanceOfSatisfying(
                        RegistrationRefused.class, e -> assertThat(e.code()).isEqualTo("NO_DATA_ROWS"));
    }

    @Test
    void semicolonsTitlesAndBomAreUnderstood() throws IOException {
        String text = "\uFEFF伊金霍洛旗科普中国信息员注册情况统计表\r\n\r\n乡镇;截至日期;累计注册人数（人）\r\n" + "红庆河镇;2025年3月31日;1,234\r\n";
        Path file = Files.writeString(temp.resolve("semi.csv"), text, StandardCharsets.UTF_8);

        ImportCheck check = imports.check(open(file), "semi.csv", ADMIN);

        assertThat(check.problems()).isEmpty();
        assertThat(check.preview()).containsExactly(new ReportLine(4, "hongqinghe", "", MARCH, 1234, null, null));
    }

    private void assertRefused(InputStream content, String code) {
        assertThatThrownBy(() -> imports.upload(content, "file.csv", ADMIN))
                .isInstanceOfSatisfying(
                        RegistrationRefused.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    /** Endless zeros up to a size, counting what was read, without holding any of it. */
    static final class CountingZeros extends InputStream {
        private final long size;
        long read;

        CountingZeros(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (read >= size) {
                return -1;
            }
            read++;
            return 'a';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (read >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - read);
            Arrays.fill(b, off, off + n, (byte) 'a');
            read += n;
            return n;
        }
    }
}
