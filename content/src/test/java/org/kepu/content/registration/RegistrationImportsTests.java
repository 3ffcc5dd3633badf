package org.kepu.content.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.kepu.content.registration.Spreadsheets.row;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

// A context of its own, closed afterwards: a cached context that Spring paused while other test
// classes ran cannot restart its job scheduler (JobWorkers), so it is never resumed.
@SpringBootTest(properties = "kepu.test.context=registration-imports")
@DirtiesContext
class RegistrationImportsTests {

    static final RegistrationActor ADMIN = RegistrationActor.admin(null, "测试管理员");
    static final RegistrationActor ALTANXIRET = RegistrationActor.registrar(null, "阿镇登记员", "altanxiret");
    static final LocalDate MARCH = LocalDate.of(2025, 3, 31);
    static final LocalDate APRIL = LocalDate.of(2025, 4, 30);

    @TempDir
    Path temp;

    @Autowired
    RegistrationImports imports;

    @Autowired
    JdbcClient jdbc;

    final String village = "测试嘎查-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void importsAUtf8CsvAndAGbkCsvAlike() throws IOException {
        List<List<Object>> rows =
                List.of(row("阿勒腾席热镇", village, MARCH, 120, 30, 400), row("乌兰木伦镇", village, MARCH, 80, 5, 0));
        Path utf8 = Spreadsheets.csv(temp.resolve("utf8.csv"), StandardCharsets.UTF_8, rows);
        Path gbk = Spreadsheets.csv(temp.resolve("gbk.csv"), SpreadsheetFile.GBK, rows);

        ImportCheck fromUtf8 = imports.check(open(utf8), "utf8.csv", ADMIN);
        ImportCheck fromGbk = imports.check(open(gbk), "gbk.csv", ADMIN);

        assertThat(fromUtf8.problems()).isEmpty();
        assertThat(fromUtf8.validRows()).isEqualTo(2);
        assertThat(fromGbk.preview()).isEqualTo(fromUtf8.preview());
        assertThat(fromGbk.preview().get(0)).isEqualTo(new ReportLine(2, "altanxiret", village, MARCH, 120, 30, 400L));
    }

    @Test
    void anXlsxGoesThroughPreviewAndConfirmationInTheBackground() throws IOException {
        Path file = Spreadsheets.xlsx(
                temp.resolve("三月.xlsx"),
                List.of(row("阿勒腾席热镇", village, MARCH, 150, 20, 30), row("阿勒腾席热镇", village, APRIL, 210, 25, 90)));

        RegistrationImport uploaded = imports.upload(open(file), "三月.xlsx", ALTANXIRET);
        RegistrationImport checked = awaitStatus(uploaded.id(), ImportStatus.CHECKED);

        assertThat(checked.totalRows()).isEqualTo(2);
        assertThat(checked.errorCount()).isZero();
        assertThat(checked.checksum()).hasSize(64);
        assertThat(checked.username()).isEqualTo("阿镇登记员");
        assertThat(imports.preview(checked.id(), ALTANXIRET))
                .extracting(ReportLine::line, ReportLine::registered)
                .containsExactly(tuple(2, 150), tuple(3, 210));
        assertThat(imports.towns(checked.id(), ALTANXIRET))
                .containsExactly(new ImportCheck.TownInFile("altanxiret", 2, APRIL, 210));
        assertThat(stored(village)).isZero();

        imports.confirm(checked.id(), ALTANXIRET);
        RegistrationImport committed = awaitStatus(uploaded.id(), ImportStatus.COMMITTED);

        assertThat(committed.committedAt()).isNotNull();
        assertThat(committed.percent()).isEqualTo(100);
        assertThat(stored(village)).isEqualTo(2);
    }

    @Test
    void rowErrorsAreInChineseTermsWithTheClosestTownSuggested() throws IOException {
        LocalDate future = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(3);
        Path file = Spreadsheets.csv(
                temp.resolve("errors.csv"),
                StandardCharsets.UTF_8,
                List.of(
                        row("阿勒腾席热", village, MARCH, 10, null, null),
                        row("阿勒腾席热镇", village, MARCH, "一百", null, null),
                        row("阿勒腾席热镇", village + "2", MARCH, -5, null, null),
                        row("阿勒腾席热镇", village + "3", MARCH, 12, null, null),
                        row("阿勒腾席热镇", village + "3", MARCH, 12, null, null),
                        row("阿勒腾席热镇", village + "4", future, 12, null, null),
                        row("札萨克镇", village, MARCH, 12, null, null),
                        row("阿勒腾席热镇", village + "5", MARCH, 12.5, null, null),
                        row("阿勒腾席热镇", village + "6", "2025-02-30", 12, null, null)));

        ImportCheck check = imports.check(open(file), "errors.csv", ALTANXIRET);

        assertThat(check.errors())
                .extracting(Problem::line, Problem::code, Problem::args)
                .containsExactly(
                        tuple(2, "UNKNOWN_TOWN", List.of("阿勒腾席热", "阿勒腾席热镇")),
                        tuple(3, "NOT_A_NUMBER", List.of("累计注册人数", "一百")),
                        tuple(4, "NEGATIVE", List.of("累计注册人数", "-5")),
                        tuple(6, "DUPLICATE_ROW", List.of("5")),
                        tuple(
                                7,
                                "FUTURE_DATE",
                                List.of(future.toString(), future.minusDays(3).toString())),
                        tuple(8, "OTHER_TOWN", List.of("札萨克镇", "阿勒腾席热镇")),
                        tuple(9, "NOT_INTEGER", List.of("累计注册人数", "12.5")),
                        tuple(10, "BAD_DATE", List.of("2025-02-30")));
        assertThat(check.validRows()).isEqualTo(1);
    }

    @Test
    void aCumulativeCountThatGoesDownIsAWarningNotAnError() throws IOException {
        commit(Spreadsheets.csv(
                temp.resolve("march.csv"),
                StandardCharsets.UTF_8,
                List.of(row("红庆河镇", village, MARCH, 300, null, null))));
        Path april = Spreadsheets.csv(
                temp.resolve("april.csv"),
                StandardCharsets.UTF_8,
                List.of(row("红庆河镇", village, APRIL, 280, null, null)));

        ImportCheck check = imports.check(open(april), "april.csv", ADMIN);

        assertThat(check.hasErrors()).isFalse();
        assertThat(check.warnings()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo("DECREASED");
            assertThat(w.args()).containsExactly("280", MARCH.toString(), "300");
        });
    }

    @Test
    void reimportingTheSameFileChangesNothing() throws IOException {
        Path file = Spreadsheets.csv(
                temp.resolve("same.csv"),
                StandardCharsets.UTF_8,
                List.of(row("伊金霍洛镇", village, MARCH, 42, null, null)));
        RegistrationImport first = imports.importNow(open(file), "same.csv", ADMIN);

        RegistrationImport again = imports.importNow(open(file), "same-copy.csv", ADMIN);
        RegistrationImport uploaded = imports.upload(open(file), "same.csv", ADMIN);

        assertThat(first.status()).isEqualTo(ImportStatus.COMMITTED);
        assertThat(again.status()).isEqualTo(ImportStatus.DUPLICATE);
        assertThat(awaitStatus(uploaded.id(), ImportStatus.DUPLICATE).duplicateOf())
                .isEqualTo(first.id());
        assertThat(stored(village)).isEqualTo(1);
    }

    @Test
    void undoRemovesTheWholeImportAndUncoversWhatItCorrected() throws IOException {
        commit(Spreadsheets.csv(
                temp.resolve("v1.csv"),
                StandardCharsets.UTF_8,
                List.of(row("纳林陶亥镇", village, MARCH, 100, null, null))));
        RegistrationImport correction = commit(Spreadsheets.csv(
                temp.resolve("v2.csv"),
                StandardCharsets.UTF_8,
                List.of(row("纳林陶亥镇", village, MARCH, 110, null, null), row("纳林陶亥镇", village, APRIL, 160, null, null))));
        assertThat(inEffect(village)).containsExactly(110, 160);

        int removed = imports.undo(correction.id(), ADMIN);

        assertThat(removed).isEqualTo(2);
        assertThat(inEffect(village)).containsExactly(100);
        RegistrationImport undone = imports.find(correction.id(), ADMIN);
        assertThat(undone.status()).isEqualTo(ImportStatus.UNDONE);
        assertThat(undone.undoneBy()).isEqualTo("测试管理员");
        assertThatThrownBy(() -> imports.undo(correction.id(), ADMIN)).isInstanceOf(RegistrationRefused.class);
        // the same file may be imported again once undone
        assertThat(commit(Spreadsheets.csv(
                                temp.resolve("v2.csv"),
                                StandardCharsets.UTF_8,
                                List.of(
                                        row("纳林陶亥镇", village, MARCH, 110, null, null),
                                        row("纳林陶亥镇", village, APRIL, 160, null, null))))
                        .status())
                .isEqualTo(ImportStatus.COMMITTED);
    }

    @Test
    void aFileWithOneBadRowSavesNothing() throws IOException {
        Path file = Spreadsheets.csv(
                temp.resolve("partial.csv"),
                StandardCharsets.UTF_8,
                List.of(
                        row("苏布尔嘎镇", village, MARCH, 10, null, null),
                        row("苏布尔嘎镇", village + "b", MARCH, 20, null, null),
                        row("苏布尔嘎镇", village + "c", MARCH, "abc", null, null)));

        RegistrationImport result = imports.importNow(open(file), "partial.csv", ADMIN);

        assertThat(result.status()).isEqualTo(ImportStatus.CHECKED);
        assertThat(result.errorCount()).isEqualTo(1);
        assertThat(stored(village)).isZero();
        assertThat(stored(village + "b")).isZero();
    }

    @Test
    void aRegistrarCannotSeeOrUndoAnotherTownsImport() throws IOException {
        RegistrationImport other = commit(Spreadsheets.csv(
                temp.resolve("other.csv"),
                StandardCharsets.UTF_8,
                List.of(row("札萨克镇", village, MARCH, 5, null, null))));

        assertThatThrownBy(() -> imports.undo(other.id(), ALTANXIRET)).isInstanceOf(ImportNotFound.class);
        assertThatThrownBy(() -> imports.check(
                        open(temp.resolve("other.csv")), "x.csv", RegistrationActor.registrar(null, "新人", null)))
                .isInstanceOf(RegistrationRefused.class)
                .extracting(e -> ((RegistrationRefused) e).code())
                .isEqualTo("NOT_BOUND");
    }

    @Test
    void twoOfficersImportingAtOnceBothGetACompleteResult() throws Exception {
        Path first =
                Spreadsheets.csv(temp.resolve("a.csv"), StandardCharsets.UTF_8, rows("阿勒腾席热镇", village + "-甲", 500));
        Path second =
                Spreadsheets.csv(temp.resolve("b.csv"), StandardCharsets.UTF_8, rows("阿勒腾席热镇", village + "-乙", 500));
        CyclicBarrier start = new CyclicBarrier(4);

        var a = CompletableFuture.supplyAsync(() -> importAfter(start, first, ALTANXIRET));
        var b = CompletableFuture.supplyAsync(() -> importAfter(start, second, ADMIN));
        var c = CompletableFuture.supplyAsync(() -> importAfter(start, first, ADMIN));
        var d = CompletableFuture.supplyAsync(() -> importAfter(start, second, ALTANXIRET));
        List<RegistrationImport> results = List.of(a.get(), b.get(), c.get(), d.get());

        assertThat(results)
                .extracting(RegistrationImport::status)
                .containsExactlyInAnyOrder(
                        ImportStatus.COMMITTED, ImportStatus.COMMITTED, ImportStatus.DUPLICATE, ImportStatus.DUPLICATE);
        assertThat(stored(village + "-甲")).isEqualTo(500);
        assertThat(stored(village + "-乙")).isEqualTo(500);
    }

    @Test
    void aHundredThousandRowsImportWithProgress() throws IOException {
        Path file = temp.resolve("big.csv");
        Spreadsheets.csv(file, StandardCharsets.UTF_8, rows("乌兰木伦镇", village, 100_000));

        RegistrationImport uploaded = imports.upload(open(file), "big.csv", ADMIN);
        List<Integer> seen = new ArrayList<>();
        await().atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    RegistrationImport now = imports.find(uploaded.id(), ADMIN);
                    seen.add(now.processedRows());
                    return now.status() == ImportStatus.CHECKED;
                });
        imports.confirm(uploaded.id(), ADMIN);
        RegistrationImport committed = awaitStatus(uploaded.id(), ImportStatus.COMMITTED);

        assertThat(committed.totalRows()).isEqualTo(100_000);
        assertThat(committed.validRows()).isEqualTo(100_000);
        assertThat(stored(village)).isEqualTo(100_000);
        assertThat(seen).as("progress reported on the way").anyMatch(n -> n > 0 && n < 100_000);
    }

    /** A unit per row, so that every row is its own series: n rows, all different. */
    static List<List<Object>> rows(String town, String unitPrefix, int n) {
        List<List<Object>> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            rows.add(row(town, unitPrefix + "#" + i, MARCH, i % 97, i % 13, i % 7));
        }
        return rows;
    }

    private RegistrationImport importAfter(CyclicBarrier start, Path file, RegistrationActor actor) {
        try {
            start.await();
            return imports.importNow(open(file), file.getFileName().toString(), actor);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    RegistrationImport commit(Path file) throws IOException {
        RegistrationImport result =
                imports.importNow(open(file), file.getFileName().toString(), ADMIN);
        assertThat(result.status()).as("import of %s", file).isEqualTo(ImportStatus.COMMITTED);
        return result;
    }

    RegistrationImport awaitStatus(long id, ImportStatus status) {
        await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> imports.find(id, ADMIN).status(), s -> s == status);
        return imports.find(id, ADMIN);
    }

    long stored(String unitPrefix) {
        return jdbc.sql("select count(*) from registration_report where unit_name = ? or unit_name like ?")
                .params(unitPrefix, unitPrefix + "#%")
                .query(Long.class)
                .single();
    }

    List<Integer> inEffect(String unit) {
        return jdbc.sql("select registered from registration_report r where unit_name = ? and not exists (select 1"
                        + " from registration_report n where n.town_code = r.town_code and n.unit_name = r.unit_name"
                        + " and n.report_date = r.report_date and n.id > r.id) order by report_date")
                .param(unit)
                .query(Integer.class)
                .list();
    }

    static InputStream open(Path file) throws IOException {
        return Files.newInputStream(file);
    }
}
