package org.kepu.content.contest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kepu.content.ContentKey;
import org.kepu.content.account.Account;
import org.kepu.content.account.Role;
import org.kepu.content.audit.AuditEvent;
import org.kepu.content.audit.AuditLog;
import org.kepu.content.jobs.Jobs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Each step of an entry is audited once, and only steps that change the public gallery reindex it. */
@SpringBootTest(properties = "kepu.jobs.enabled=false")
@Import(ContestFixture.class)
class EntryEventsTests {

    @Autowired
    ContestFixture fixture;

    @Autowired
    Entries entries;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @Test
    void stepsBeforeAcceptanceAreAuditedButLeaveTheIndexAlone() {
        Contest contest = fixture.collecting();
        Account creator = fixture.person("小敏", Role.CREATOR);
        Entry entry = fixture.readyEntry(contest, creator, "沙棘为什么耐旱", "youth");

        entries.giveBack(entry.id(), "请补充科学原理", "编辑甲");
        entries.update(entry.id(), creator.getId(), ContestFixture.draft("沙棘的根有多深", "youth"));

        assertThat(audit.of("entry", entry.id()))
                .extracting(AuditEvent::action)
                .containsExactlyInAnyOrder("entry.submitted", "entry.returned", "entry.updated");
        assertThat(audit.of("entry", entry.id()))
                .filteredOn(e -> e.action().equals("entry.submitted"))
                .extracting(AuditEvent::actor)
                .containsExactly(creator.getUsername());
        assertThat(indexJobs(entry)).isZero();
    }

    @Test
    void acceptingAndWithdrawingAnEntryReindexesIt() {
        Contest contest = fixture.collecting();
        Account creator = fixture.person("小军", Role.CREATOR);
        Entry entry = fixture.readyEntry(contest, creator, "风能发电", "adult");

        entries.accept(entry.id(), "编辑甲");
        assertThat(indexJobs(entry)).isEqualTo(1);
        entries.withdraw(entry.id(), creator.getId());

        assertThat(audit.of("entry", entry.id()))
                .extracting(AuditEvent::action)
                .containsExactlyInAnyOrder("entry.submitted", "entry.accepted", "entry.withdrawn");
        assertThat(indexJobs(entry)).isEqualTo(2);
    }

    private long indexJobs(Entry entry) {
        return jdbc.sql("select count(*) from scheduled_tasks where task_name = ? and task_instance like ?")
                .params(Jobs.INDEX_CONTENT.name(), ContentKey.entry(entry.id()) + "#%")
                .query(Long.class)
                .single();
    }
}
