package org.kepu.portal.registration;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kepu.content.registration.ManualReport;
import org.kepu.content.registration.Problem;
import org.kepu.content.registration.RegistrationActor;
import org.kepu.content.registration.RegistrationEntries;
import org.kepu.content.registration.RegistrationTarget;
import org.kepu.content.registration.RegistrationTargets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo figures so that the dashboard is not empty: monthly cumulative counts of the seven towns and
 * the development zone through 2025, and allocations of the 30,000 target. Only into an empty
 * reports table.
 */
@Component
@Order(20)
@ConditionalOnBooleanProperty("kepu.demo.enabled")
class RegistrationDemo implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RegistrationDemo.class);

    /** town code, allocation, count at the end of 2024, count at the end of November 2025, active share */
    private static final List<Object[]> TOWNS = List.of(
            new Object[] {"altanxiret", 9000, 5200, 8600, 0.32},
            new Object[] {"ulanmulun", 4500, 2600, 4100, 0.28},
            new Object[] {"ejinhoro", 3500, 1900, 3050, 0.25},
            new Object[] {"narlintaohai", 3000, 1500, 2400, 0.22},
            new Object[] {"hongqinghe", 2500, 1300, 2150, 0.30},
            new Object[] {"jasag", 2500, 1200, 1750, 0.05},
            new Object[] {"subuerga", 2000, 900, 1500, 0.26},
            new Object[] {"mengsu", 3000, 1100, 2300, 0.35});

    private final RegistrationEntries entries;
    private final RegistrationTargets targets;
    private final JdbcClient jdbc;

    RegistrationDemo(RegistrationEntries entries, RegistrationTargets targets, JdbcClient jdbc) {
        this.entries = entries;
        this.targets = targets;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        long reports = jdbc.sql("select count(*) from registration_report")
                .query(Long.class)
                .single();
        if (reports > 0) {
            return;
        }
        RegistrationActor demo = RegistrationActor.admin(null, "演示数据");
        int saved = 0;
        for (Object[] town : TOWNS) {
            String code = (String) town[0];
            int start = (Integer) town[2];
            int end = (Integer) town[3];
            double activeShare = (Double) town[4];
            for (int month = 0; month <= 11; month++) {
                LocalDate date = month == 0
                        ? LocalDate.of(2024, 12, 31)
                        : YearMonth.of(2025, month).atEndOfMonth();
                long registered = start + Math.round((end - start) * (month / 11.0));
                long active = Math.round(registered * activeShare);
                long shares = code.equals("jasag") ? 0 : active * 6;
                List<Problem> problems =
                        entries.add(new ManualReport(code, "", date, registered, active, shares), demo);
                if (problems.stream().noneMatch(Problem::isError)) {
                    saved++;
                }
            }
        }
        allocate();
        log.info("Loaded {} demo registration reports", saved);
    }

    private void allocate() {
        targets.all().stream()
                .filter(t -> t.goal() == 30000 && t.allocations().isEmpty())
                .findFirst()
                .map(RegistrationTarget::id)
                .ifPresent(id -> {
                    Map<String, Integer> goals = new HashMap<>();
                    TOWNS.forEach(t -> goals.put((String) t[0], (Integer) t[1]));
                    targets.allocate(id, goals);
                });
    }
}
