package org.kepu.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.kepu.content.audit.AuditEvent;
import org.kepu.content.audit.AuditLog;
import org.kepu.content.jobs.Jobs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest(properties = "kepu.jobs.enabled=false")
class ContentEventListenersTests {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anEventThatChangesThePublicViewIsAuditedAndReindexedOnce() {
        transactions.executeWithoutResult(status -> events.publishEvent(new Fact(9_001, true)));

        assertThat(audit.of("article", 9_001)).extracting(AuditEvent::action).containsExactly("article.tested");
        assertThat(indexJobs(9_001)).isEqualTo(1);
    }

    @Test
    void anInternalStepIsAuditedButNotReindexed() {
        transactions.executeWithoutResult(status -> events.publishEvent(new Fact(9_002, false)));

        assertThat(audit.of("article", 9_002)).hasSize(1);
        assertThat(indexJobs(9_002)).isZero();
    }

    @Test
    void aChangeThatRollsBackLeavesNeitherAuditNorIndexJob() {
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
                    events.publishEvent(new Fact(9_003, true));
                    throw new IllegalStateException("the change failed");
                }))
                .isInstanceOf(IllegalStateException.class);

        assertThat(audit.of("article", 9_003)).isEmpty();
        assertThat(indexJobs(9_003)).isZero();
    }

    private long indexJobs(long id) {
        return jdbc.sql("select count(*) from scheduled_tasks where task_name = ? and task_instance like ?")
                .params(Jobs.INDEX_CONTENT.name(), ContentKey.article(id) + "#%")
                .query(Long.class)
                .single();
    }

    record Fact(long id, boolean changesPublicView) implements ContentEvent {

        @Override
        public ContentKey key() {
            return ContentKey.article(id);
        }

        @Override
        public String actor() {
            return "编辑甲";
        }

        @Override
        public String action() {
            return "article.tested";
        }
    }
}
