package org.kepu.content.registration;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The targets and their per-town allocations; new periods are added as data, not code. */
@Service
public class RegistrationTargets {

    private final JdbcClient jdbc;
    private final Clock clock;

    RegistrationTargets(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<RegistrationTarget> all() {
        Map<Long, Map<String, Integer>> allocations = new HashMap<>();
        jdbc.sql("select target_id, town_code, goal from registration_allocation")
                .query(rs -> {
                    allocations
                            .computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                            .put(rs.getString(2), rs.getInt(3));
                });
        return jdbc.sql("select id, name, period_start, deadline, goal from registration_target order by deadline, id")
                .query((rs, n) -> new RegistrationTarget(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class),
                        rs.getInt(5),
                        Map.copyOf(allocations.getOrDefault(rs.getLong(1), Map.of()))))
                .list();
    }

    public Optional<RegistrationTarget> find(long id) {
        return all().stream().filter(t -> t.id() == id).findFirst();
    }

    /**
     * The target that matters on the day: the one whose period covers it; else the next one to come;
     * else the one that ended last (the dashboard then says the deadline has passed).
     */
    public Optional<RegistrationTarget> current(LocalDate day) {
        List<RegistrationTarget> targets = all();
        return targets.stream()
                .filter(t -> t.covers(day))
                .min(Comparator.comparing(RegistrationTarget::deadline))
                .or(() -> targets.stream()
                        .filter(t -> t.periodStart().isAfter(day))
                        .min(Comparator.comparing(RegistrationTarget::periodStart)))
                .or(() -> targets.stream().max(Comparator.comparing(RegistrationTarget::deadline)));
    }

    @Transactional
    public long create(String name, LocalDate periodStart, LocalDate deadline, int goal) {
        if (goal <= 0 || deadline.isBefore(periodStart)) {
            throw new RegistrationRefused("BAD_TARGET");
        }
        var keys = new GeneratedKeyHolder();
        jdbc.sql(
                        "insert into registration_target (name, period_start, deadline, goal, created_at) values (?, ?, ?, ?, ?)")
                .params(name, periodStart, deadline, goal, Timestamp.from(clock.instant()))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Replaces the target's allocations; a town without a positive number has none. */
    @Transactional
    public void allocate(long targetId, Map<String, Integer> goals) {
        jdbc.sql("delete from registration_allocation where target_id = ?")
                .param(targetId)
                .update();
        goals.forEach((town, goal) -> {
            if (goal != null && goal > 0) {
                jdbc.sql("insert into registration_allocation (target_id, town_code, goal) values (?, ?, ?)")
                        .params(targetId, town, goal)
                        .update();
            }
        });
    }
}
