package org.kepu.portal.contest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kepu.content.account.Account;
import org.kepu.content.account.Accounts;
import org.kepu.content.account.Role;
import org.kepu.content.contest.Contest;
import org.kepu.content.contest.ContestFixture;
import org.kepu.content.contest.Contests;
import org.kepu.content.contest.Entries;
import org.kepu.content.contest.Entry;
import org.kepu.content.contest.Judging;
import org.kepu.content.video.Videos;
import org.kepu.portal.PageSession;
import org.kepu.portal.PortalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Every role against every contest page and action: the status each gets is checked against what
 * the role may do, and the whole matrix is written to {@code target/contest-authorization.md}.
 */
class ContestAuthorizationMatrixTests extends PortalIntegrationTest {

    static final String PASSWORD = "矩阵-密码-2026";

    @Autowired
    Contests contests;

    @Autowired
    Entries entries;

    @Autowired
    Judging judging;

    @Autowired
    Videos videos;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    private final Map<String, PageSession> people = new LinkedHashMap<>();
    private Contest contest;
    private Entry entry;

    @BeforeEach
    void aContestWithOneAcceptedEntry() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        contest = new ContestFixture(contests, entries, accounts, videos).collecting("权限矩阵测试赛", 2, 300);
        Account owner = person("owner-" + suffix, Role.CREATOR);
        person("other-" + suffix, Role.CREATOR);
        Account youthJudge = person("judge-youth-" + suffix, Role.JUDGE);
        Account adultJudge = person("judge-adult-" + suffix, Role.JUDGE);
        person("editor-" + suffix, Role.EDITOR);
        person("registrar-" + suffix, Role.REGISTRAR);
        entry = new ContestFixture(contests, entries, accounts, videos).accepted(contest, owner.getId(), "沙尘暴来了", null);
        judging.assign(contest.id(), youthJudge.getId(), "youth", null, "admin");
        judging.assign(contest.id(), adultJudge.getId(), "adult", null, "admin");

        people.put("anonymous", PageSession.anonymous(this::uri));
        people.put("creator", login("owner-" + suffix));
        people.put("other creator", login("other-" + suffix));
        people.put("judge of the group", login("judge-youth-" + suffix));
        people.put("judge of another group", login("judge-adult-" + suffix));
        people.put("editor", login("editor-" + suffix));
        people.put("registrar", login("registrar-" + suffix));
        people.put("admin", PageSession.login(this::uri, ADMIN, ADMIN_PASSWORD));
    }

    @Test
    void everyRoleGetsExactlyWhatItMayDo() throws Exception {
        String slug = contest.slug();
        long id = contest.id();
        long e = entry.id();
        // expected status per role, in the order of `people`:
        // anonymous, creator, other creator, judge, other judge, editor, registrar, admin
        List<Row> rows = List.of(
                get("/contests", 200, 200, 200, 200, 200, 200, 200, 200),
                get("/contests/" + slug, 200, 200, 200, 200, 200, 200, 200, 200),
                get("/contests/" + slug + "/entries", 200, 200, 200, 200, 200, 200, 200, 200),
                get("/contests/" + slug + "/entries/" + e, 200, 200, 200, 200, 200, 200, 200, 200),
                // before publication the results page says when they will be out
                get("/contests/" + slug + "/results", 200, 200, 200, 200, 200, 200, 200, 200),
                get("/signup", 200, 200, 200, 200, 200, 200, 200, 200),
                get("/creator/entries", 302, 200, 200, 403, 403, 200, 403, 200),
                get("/creator/entries/" + e, 302, 200, 404, 403, 403, 404, 403, 404),
                get("/creator/contests/" + slug + "/enter", 302, 200, 200, 403, 403, 200, 403, 200),
                get("/account/data", 302, 200, 200, 200, 200, 200, 200, 200),
                get("/editor/contests", 302, 403, 403, 403, 403, 200, 403, 200),
                get("/editor/contests/" + id + "/entries", 302, 403, 403, 403, 403, 200, 403, 200),
                get("/judge", 302, 403, 403, 200, 200, 403, 403, 403),
                get("/judge/contests/" + id, 302, 403, 403, 200, 200, 403, 403, 403),
                get("/judge/entries/" + e, 302, 403, 403, 200, 404, 403, 403, 403),
                get("/admin/contests", 302, 403, 403, 403, 403, 403, 403, 200),
                get("/admin/contests/new", 302, 403, 403, 403, 403, 403, 403, 200),
                get("/admin/contests/" + id, 302, 403, 403, 403, 403, 403, 403, 200),
                get("/admin/contests/" + id + "/edit", 302, 403, 403, 403, 403, 403, 403, 200),
                get("/admin/contests/" + id + "/export.xlsx", 302, 403, 403, 403, 403, 403, 403, 200),
                get("/admin/contests/" + id + "/publish", 302, 403, 403, 403, 403, 403, 403, 200),
                // voting is closed while entries are collected: a clear refusal, not an error page
                post("/contests/" + slug + "/entries/" + e + "/vote", 302, 409, 409, 409, 409, 409, 409, 409),
                post("/creator/entries/" + e + "/withdraw", 302, SKIP, 404, 403, 403, 404, 403, 404),
                post("/editor/entries/" + e + "/return", 302, 403, 403, 403, 403, SKIP, 403, SKIP),
                post("/judge/entries/" + e + "/scores", 302, 403, 403, SKIP, 404, 403, 403, 403),
                post("/judge/entries/" + e + "/conflict", 302, 403, 403, SKIP, 404, 403, 403, 403),
                post("/admin/contests/" + id + "/publish", 302, 403, 403, 403, 403, 403, 403, SKIP),
                post("/admin/entries/" + e + "/award", 302, 403, 403, 403, 403, 403, 403, SKIP),
                post("/admin/contests/" + id + "/judges", 302, 403, 403, 403, 403, 403, 403, SKIP),
                post(
                        "/admin/contests/" + id + "/creators/" + entry.creatorId() + "/verified",
                        302,
                        403,
                        403,
                        403,
                        403,
                        403,
                        403,
                        302),
                post("/account/verify", 302, 302, 302, 302, 302, 302, 302, 302));

        List<String> wrong = new ArrayList<>();
        StringBuilder table = new StringBuilder("| request | " + String.join(" | ", people.keySet()) + " |\n");
        table.append("| --- |").append(" --- |".repeat(people.size())).append('\n');
        for (Row row : rows) {
            table.append("| ")
                    .append(row.method())
                    .append(' ')
                    .append(row.path()
                            .replace(slug, "{slug}")
                            .replace("/" + e, "/{entry}")
                            .replace("/" + id + "/", "/{id}/"))
                    .append(" |");
            int i = 0;
            for (Map.Entry<String, PageSession> person : people.entrySet()) {
                int expected = row.expected()[i++];
                if (expected == SKIP) {
                    table.append(" (flow test) |");
                    continue;
                }
                HttpResponse<String> answer = row.method().equals("GET")
                        ? person.getValue().get(row.path())
                        : person.getValue().post(row.path(), "reason", "矩阵测试", "award", "FIRST", "judgeId", "0");
                int status = answer.statusCode();
                table.append(' ').append(status).append(" |");
                if (status != expected) {
                    wrong.add(row.method() + " " + row.path() + " as " + person.getKey() + ": " + status + ", expected "
                            + expected);
                }
                if (status == 302 && expected == 302 && person.getKey().equals("anonymous")) {
                    assertThat(answer.headers().firstValue("Location"))
                            .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
                }
            }
            table.append('\n');
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/contest-authorization.md"), table);
        assertThat(wrong).as("see target/contest-authorization.md").isEmpty();
        assertThat(entries.get(e).status().name())
                .as("nothing any refused request did stuck")
                .isEqualTo("ACCEPTED");
    }

    private static final int SKIP = -1;

    private static String label(String path, String slug, long contestId, long entryId) {
        return path.replace(slug, "{slug}")
                .replaceAll("/(contests|judges)/" + contestId + "(/|$)", "/$1/{id}$2")
                .replaceAll("/entries/" + entryId + "(/|$)", "/entries/{entry}$1");
    }

    private record Row(String method, String path, int[] expected) {}

    private static Row get(String path, int... expected) {
        return new Row("GET", path, expected);
    }

    private static Row post(String path, int... expected) {
        return new Row("POST", path, expected);
    }

    private Account person(String username, Role role) {
        return accounts.add(
                Account.create(username, encoder.encode(PASSWORD), username, EnumSet.of(role), Instant.now()));
    }

    private PageSession login(String username) {
        return PageSession.login(this::uri, username, PASSWORD);
    }
}
