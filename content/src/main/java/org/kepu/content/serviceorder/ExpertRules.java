package org.kepu.content.serviceorder;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.kepu.content.account.Account;
import org.kepu.content.account.Accounts;
import org.kepu.content.column.Columns;
import org.kepu.content.reference.Towns;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What an expert's details must be, field by field, with a message code for each problem. */
final class ExpertRules {

    private final JdbcClient jdbc;
    private final ServiceDirectory directory;
    private final Towns towns;
    private final Columns columns;
    private final Accounts accounts;

    ExpertRules(JdbcClient jdbc, ServiceDirectory directory, Towns towns, Columns columns, Accounts accounts) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.towns = towns;
        this.columns = columns;
        this.accounts = accounts;
    }

    /** The details stripped and checked; {@code editing} is the expert being changed, if any. */
    ExpertDetails checked(ExpertDetails details, Long editing) {
        Map<String, String> problems = problems(details, editing);
        if (!problems.isEmpty()) {
            throw new ExpertInvalid(problems);
        }
        return new ExpertDetails(
                strip(details.name()),
                blankToNull(details.organisation()),
                blankToNull(details.townCode()),
                details.departmentId(),
                details.specialties(),
                details.chinese(),
                details.mongolian(),
                details.available(),
                blankToNull(details.availability()),
                Phones.clean(details.phone()),
                blankToNull(details.username()));
    }

    Map<String, String> problems(ExpertDetails d, Long editing) {
        Map<String, String> problems = new LinkedHashMap<>();
        String name = strip(d.name());
        if (name.isEmpty() || name.length() > 40) {
            problems.put("name", "services.expert.name");
        }
        if (strip(d.organisation()).length() > 100) {
            problems.put("organisation", "services.expert.organisation");
        }
        String town = strip(d.townCode());
        if (!town.isEmpty() && towns.findByCode(town).isEmpty()) {
            problems.put("townCode", "services.expert.town");
        }
        if (d.departmentId() != null && directory.department(d.departmentId()).isEmpty()) {
            problems.put("departmentId", "services.expert.department");
        }
        if (town.isEmpty() && d.departmentId() == null) {
            problems.put("townCode", "services.expert.scope");
        }
        if (d.specialties().isEmpty() || d.specialties().size() > 20) {
            problems.put("specialties", "services.expert.specialties");
        } else if (d.specialties().stream()
                .anyMatch(c -> c == null || columns.findById(c).isEmpty())) {
            problems.put("specialties", "services.expert.specialty-unknown");
        }
        if (!d.chinese() && !d.mongolian()) {
            problems.put("languages", "services.expert.languages");
        }
        if (strip(d.availability()).length() > 200) {
            problems.put("availability", "services.expert.availability");
        }
        if (Phones.clean(d.phone()) == null) {
            problems.put("phone", "services.expert.phone");
        }
        String username = strip(d.username());
        if (!username.isEmpty()) {
            Optional<Long> account = accountId(username);
            if (account.isEmpty()) {
                problems.put("username", "services.expert.username-unknown");
            } else if (linkedElsewhere(account.get(), editing)) {
                problems.put("username", "services.expert.username-taken");
            }
        }
        return problems;
    }

    Optional<Long> accountId(String username) {
        String name = strip(username);
        return name.isEmpty() ? Optional.empty() : accounts.findByUsername(name).map(Account::getId);
    }

    private boolean linkedElsewhere(long account, Long editing) {
        return jdbc.sql("select count(*) from expert where account_id = ? and id <> ?")
                        .params(account, editing == null ? -1L : editing)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    private static String blankToNull(String text) {
        String clean = strip(text);
        return clean.isEmpty() ? null : clean;
    }
}
