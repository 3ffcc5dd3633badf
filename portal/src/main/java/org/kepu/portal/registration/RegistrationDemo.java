package org.kepu.portal.registration;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
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
 * Demo figures so that the dashboard is not empty and looks current on any day: monthly cumulative
 * counts of the seven towns and the development zone for the twelve months up to the end of last
 * month, and a target of 30,000 allocated to the towns. When no target's period covers today (the
 * seeded 十四五 target ended with 2025), a demo target does, ending with this year or, when that is
 * less than two months away, with the next. Only into an empty reports table.
 */
@Component
@Order(20)
@ConditionalOnBooleanProperty("kepu.demo.enabled")
class RegistrationDemo implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RegistrationDemo.class);

    private static final int DEMO_GOAL = 30000;
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    /** town code, allocation, count twelve months ago, count at the end of last month, active share */
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
    private final Clock clock;

    RegistrationDemo(RegistrationEntries entries, RegistrationTargets targets, JdbcClient jdbc, Clock clock) {
        this.entries = entries;
        this.targets = targets;
        this.jdbc = jdbc;
        this.clock = clock;
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
        YearMonth last = YearMonth.now(clock.withZone(BEIJING)).minusMonths(1);
        int saved = 0;
        for (Object[] town : TOWNS) {
            String code = (String) town[0];
            int start = (Integer) town[2];
            int end = (Integer) town[3];
            double activeShare = (Double) town[4];
            for (int month = 0; month <= 11; month++) {
                LocalDate date = last.minusMonths(11 - month).atEndOfMonth();
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
        allocate(currentTarget(last.minusMonths(11).atDay(1)));
        log.info("Loaded {} demo registration reports", saved);
    }

    private long currentTarget(LocalDate firstReportMonth) {
        LocalDate today = LocalDate.now(clock.withZone(BEIJING));
        return targets.all().stream()
                .filter(t -> t.covers(today) && t.goal() == DEMO_GOAL)
                .findFirst()
                .map(RegistrationTarget::id)
                .orElseGet(() -> {
                    LocalDate yearEnd = today.withDayOfYear(today.lengthOfYear());
                    LocalDate deadline = yearEnd.minusMonths(2).isBefore(today) ? yearEnd.plusYears(1) : yearEnd;
                    return targets.create("科普中国信息员注册（演示目标）", firstReportMonth, deadline, DEMO_GOAL);
                });
    }

    private void allocate(long targetId) {
        Map<String, Integer> goals = new HashMap<>();
        TOWNS.forEach(t -> goals.put((String) t[0], (Integer) t[1]));
        targets.allocate(targetId, goals);
    }
}
