package org.kepu.content.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit trail on the database the build runs on (H2, and PostgreSQL in CI): events carry their
 * origin and result, a refused action's event survives the rollback, the chain shows an altered
 * event, and many writers at once still give one unbroken chain.
 */
@SpringBootTest(properties = "kepu.jobs.enabled=false")
class AuditTrailTests {

    @Autowired
    AuditLog audit;

    @Autowired
    AuditChain chain;

    @Autowired
    AuditExport export;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anEventCarriesTheRequestsAddressOrSystemAndItsResult() {
        String subject = "addr-" + System.nanoTime();
        try (var origin = AuditOrigin.from("203.0.113.7")) {
            transactions.executeWithoutResult(
                    status -> audit.record("张管理员", "account.roles", "account", subject, "EDITOR"));
        }
        transactions.executeWithoutResult(
                status -> audit.record("system", "article.published", "account", subject, null));

        assertThat(audit.of("account", subject))
                .extracting(AuditEvent::action, AuditEvent::address, AuditEvent::result)
                .containsExactly(
                        tuple("article.published", "system", AuditResult.SUCCESS),
                        tuple("account.roles", "203.0.113.7", AuditResult.SUCCESS));
    }

    @Test
    void aRefusedActionIsRecordedEvenThoughItsTransactionRollsBack() {
        String subject = "refused-" + System.nanoTime();
        transactions.executeWithoutResult(status -> {
            audit.record("李编辑", "account.roles", "account", subject, "would be undone");
            audit.recordSeparately("李编辑", "account.roles", "account", subject, "不能移除自己的管理员角色", AuditResult.REFUSED);
            status.setRollbackOnly();
        });

        assertThat(audit.of("account", subject))
                .singleElement()
                .satisfies(event -> assertThat(event.result()).isEqualTo(AuditResult.REFUSED));
    }

    @Test
    void administratorsFilterByActorActionResultSubjectAndTimeAndPage() {
        String actor = "filter-" + System.nanoTime();
        Instant before = Instant.now().minusSeconds(1);
        transactions.executeWithoutResult(status -> {
            for (int i = 0; i < 7; i++) {
                audit.record(actor, "contest.updated", "contest", i, "第 " + i + " 次");
            }
        });
        audit.recordSeparately(actor, "login", "account", actor, "form: bad-credentials", AuditResult.FAILURE);

        AuditPage first = audit.find(new AuditQuery(actor, "contest.updated", null, null, before, null, null), 0, 5);
        AuditPage second = audit.find(new AuditQuery(actor, "contest.updated", null, null, before, null, null), 1, 5);
        AuditPage failures = audit.find(new AuditQuery(actor, null, null, null, null, null, AuditResult.FAILURE), 0, 5);
        AuditPage oneSubject = audit.find(new AuditQuery(actor, null, "contest", "3", null, null, null), 0, 5);
        AuditPage future =
                audit.find(new AuditQuery(actor, null, null, null, Instant.now().plusSeconds(60), null, null), 0, 5);

        assertThat(first.total()).isEqualTo(7);
        assertThat(first.events()).hasSize(5);
        assertThat(first.hasNext()).isTrue();
        assertThat(second.events()).hasSize(2);
        assertThat(second.hasNext()).isFalse();
        assertThat(failures.events())
                .singleElement()
                .extracting(AuditEvent::action)
                .isEqualTo("login");
        assertThat(oneSubject.events())
                .singleElement()
                .extracting(AuditEvent::detail)
                .isEqualTo("第 3 次");
        assertThat(future.total()).isZero();
    }

    @Test
    void theExportHoldsTheFilteredEventsAndIsItselfAudited() throws Exception {
        String actor = "export-" + System.nanoTime();
        transactions.executeWithoutResult(status -> audit.record(actor, "contest.exported", "contest", 9, "大赛"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        export.write(new AuditQuery(actor, null, null, null, null, null, null), "审计员", word -> "名称:" + word, out);

        List<List<String>> rows = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            for (Row row : workbook.getFirstSheet().read()) {
                rows.add(row.stream()
                        .map(cell -> cell == null ? "" : cell.getText())
                        .toList());
            }
        }
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1)).contains(actor, "名称:action.contest.exported", "contest.exported", "SUCCESS");
        assertThat(rows.get(0)).as("the header in the reader's words").contains("名称:actor", "名称:detail");
        assertThat(audit.find(new AuditQuery("审计员", "audit.exported", null, null, null, null, null), 0, 10)
                        .events())
                .anySatisfy(event -> assertThat(event.detail()).contains("actor=" + actor));
    }

    @Test
    void verifyNamesTheEventThatWasChangedInTheDatabase() {
        String subject = "tamper-" + System.nanoTime();
        transactions.executeWithoutResult(status -> {
            audit.record("王审核", "article.published", "article", subject, "原文");
            audit.record("王审核", "article.offline", "article", subject, null);
        });
        chain.seal();
        assertThat(chain.verify().intact()).isTrue();
        long published = audit.of("article", subject).get(1).id();

        // what someone with database access might do: rewrite history with plain SQL
        jdbc.sql("update audit_event set actor = 'nobody' where id = :id")
                .param("id", published)
                .update();
        try {
            ChainVerdict verdict = chain.verify();

            assertThat(verdict.intact()).isFalse();
            assertThat(verdict.broken()).get().satisfies(broken -> {
                assertThat(broken.eventId()).isEqualTo(published);
                assertThat(broken.reason()).isEqualTo(ChainVerdict.Reason.EVENT_ALTERED);
            });
        } finally {
            // the tests share one database: put it back so the chain holds for the others
            jdbc.sql("update audit_event set actor = '王审核' where id = :id")
                    .param("id", published)
                    .update();
        }
        assertThat(chain.verify().intact()).isTrue();
    }

    @Test
    void manyWritersAndSealersAtOnceGiveOneUnbrokenChain() throws Exception {
        String actor = "load-" + System.nanoTime();
        int writers = 16;
        int perWriter = 25;
        List<Callable<Integer>> work = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            work.add(() -> {
                for (int i = 0; i < perWriter; i++) {
                    int n = i;
                    transactions.executeWithoutResult(
                            status -> audit.record(actor, "contest.updated", "writer", writer, "第 " + n + " 次"));
                    if (n % 5 == 0) {
                        chain.seal();
                    }
                }
                return perWriter;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (Future<Integer> done : pool.invokeAll(work, 2, TimeUnit.MINUTES)) {
                done.get();
            }
        } finally {
            pool.shutdownNow();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            chain.seal();
            return chain.verify().unsealed() == 0;
        });

        ChainVerdict verdict = chain.verify();
        assertThat(verdict.broken()).isEmpty();
        assertThat(verdict.unsealed()).isZero();
        long sealedOfThisTest = jdbc.sql("select count(*) from audit_seal s join audit_event e on e.id = s.event_id"
                        + " where e.actor = :actor")
                .param("actor", actor)
                .query(Long.class)
                .single();
        long links =
                jdbc.sql("select count(*) from audit_seal").query(Long.class).single();
        long maxSeq =
                jdbc.sql("select max(seq) from audit_seal").query(Long.class).single();
        assertThat(sealedOfThisTest).isEqualTo((long) writers * perWriter);
        assertThat(maxSeq).as("no gap, no fork").isEqualTo(links).isEqualTo(verdict.sound());
    }
}
