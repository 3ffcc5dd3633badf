package org.kepu.portal.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
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
import org.kepu.content.article.Article;
import org.kepu.content.article.ArticleDraft;
import org.kepu.content.article.ArticleStatus;
import org.kepu.content.article.Editorial;
import org.kepu.content.column.Columns;
import org.kepu.content.contest.Contests;
import org.kepu.content.video.NewVideo;
import org.kepu.content.video.Video;
import org.kepu.content.video.VideoEditorial;
import org.kepu.content.video.VideoEditorialStatus;
import org.kepu.content.video.VideoRoute;
import org.kepu.content.video.Videos;
import org.kepu.portal.PageSession;
import org.kepu.portal.PortalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Every role against every route of the editors' back office and the editorial API: reviewers
 * review, editors write and curate, admins do both, nobody else gets in. Requests that pass the
 * rules are chosen to change nothing (invalid forms, actions the article's state refuses). The
 * matrix is written to {@code target/editorial-authorization.md}.
 */
class EditorialAuthorizationMatrixTests extends PortalIntegrationTest {

    private static final String PASSWORD = "编辑矩阵-密码-2026";
    private static final int SKIP = -1;

    @Autowired
    Editorial editorial;

    @Autowired
    Accounts accounts;

    @Autowired
    Columns columns;

    @Autowired
    Contests contests;

    @Autowired
    Videos videos;

    @Autowired
    VideoEditorial videoEditorial;

    @Autowired
    PasswordEncoder encoder;

    private final Map<String, PageSession> people = new LinkedHashMap<>();
    private final Map<String, String> basic = new LinkedHashMap<>();
    private Article draft;
    private Article inReview;
    private Video videoDraft;
    private Video videoInReview;

    @BeforeEach
    void peopleAndTwoArticles() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        people.put("anonymous", PageSession.anonymous(this::uri));
        basic.put("anonymous", null);
        for (Map.Entry<String, Role> role : Map.of(
                        "creator", Role.CREATOR,
                        "registrar", Role.REGISTRAR,
                        "editor", Role.EDITOR,
                        "reviewer", Role.REVIEWER)
                .entrySet()) {
            String username = "matrix-" + role.getKey() + "-" + suffix;
            accounts.add(Account.create(
                    username, encoder.encode(PASSWORD), username, EnumSet.of(role.getValue()), Instant.now()));
        }
        for (String role : List.of("creator", "registrar", "editor", "reviewer")) {
            String username = "matrix-" + role + "-" + suffix;
            people.put(role, PageSession.login(this::uri, username, PASSWORD));
            basic.put(role, credentials(username, PASSWORD));
        }
        people.put("admin", PageSession.login(this::uri, ADMIN, ADMIN_PASSWORD));
        basic.put("admin", credentials(ADMIN, ADMIN_PASSWORD));

        String editor = "matrix-editor-" + suffix;
        draft = editorial.write(draft("矩阵草稿"), "正文", null, editor);
        inReview = editorial.write(draft("矩阵待审"), "正文", null, editor);
        editorial.submit(inReview.getId(), editor);
        long owner = accounts.findByUsername(editor).orElseThrow().getId();
        // still transcoding: approvals and deletion are refused by the rules, so nothing changes
        videoDraft = videos.submit(video("矩阵视频草稿", owner, VideoRoute.DRAFT));
        videoInReview = videos.submit(video("矩阵待审视频", owner, VideoRoute.REVIEW));
    }

    @Test
    void everyRoleGetsExactlyWhatItMayDoInTheBackOffice() throws Exception {
        long d = draft.getId();
        long r = inReview.getId();
        String column = columns.findAllByOrderBySortOrderAscIdAsc().get(0).slug();
        long contest = contests.all().get(0).id();
        long v = videoDraft.getId();
        long w = videoInReview.getId();
        // expected status per role: anonymous, creator, registrar, editor, reviewer, admin
        List<Row> rows = List.of(
                // the desk and an article's page: everyone of the editorial staff
                page("GET", "/editor/articles", 302, 403, 403, 200, 200, 200),
                page("GET", "/editor/articles/" + d, 302, 403, 403, 200, 200, 200),
                // writing: editors
                page("GET", "/editor/articles/new", 302, 403, 403, 200, 403, 200),
                page("GET", "/editor/articles/" + d + "/edit", 302, 403, 403, 200, 403, 200),
                page("POST", "/editor/articles", 302, 403, 403, 200, 403, 200),
                page("POST", "/editor/articles/" + d, 302, 403, 403, 200, 403, 200),
                // a version in the other language: the form, and an empty one re-rendered with its errors
                page("GET", "/editor/articles/" + d + "/translate?lang=mn", 302, 403, 403, 200, 403, 200),
                page("POST", "/editor/articles/" + d + "/translations?lang=mn", 302, 403, 403, 200, 403, 200),
                page("POST", "/editor/articles/" + r + "/submit", 302, 403, 403, 302, 403, 302),
                page("POST", "/editor/articles/" + r + "/restore", 302, 403, 403, 302, 403, 302),
                json("/editor/preview", "{\"title\":\"标题\",\"markdown\":\"正文\"}", 302, 403, 403, 200, 403, 200),
                json("/editor/paste", "{\"html\":\"<p>正文</p>\"}", 302, 403, 403, 200, 403, 200),
                // an upload that passes the rules stores an image: ArticleCoverIntegrationTests does it
                image("/editor/images", 302, 403, 403, SKIP, 403, SKIP),
                // the media library of uploaded images: the editors' desk only
                page("GET", "/editor/images", 302, 403, 403, 200, 403, 200),
                // reviewing: reviewers
                page("POST", "/editor/articles/" + d + "/approve", 302, 403, 403, 403, 302, 302),
                page("POST", "/editor/articles/" + d + "/reject", 302, 403, 403, 403, 302, 302),
                page("POST", "/editor/articles/" + d + "/offline", 302, 403, 403, 403, 302, 302),
                page("GET", "/editor/sensitive-words", 302, 403, 403, 403, 200, 200),
                page("POST", "/editor/sensitive-words", 302, 403, 403, 403, 302, 302),
                page("POST", "/editor/sensitive-words/remove", 302, 403, 403, 403, 302, 302),
                // curating the site and screening contest entries: editors
                page("GET", "/editor/notice", 302, 403, 403, 200, 403, 200),
                page("POST", "/editor/notice", 302, 403, 403, 200, 403, 200),
                page("POST", "/editor/notice/lower", 302, 403, 403, 302, 403, 302),
                page("GET", "/editor/columns", 302, 403, 403, 200, 403, 200),
                page("POST", "/editor/columns", 302, 403, 403, 200, 403, 200),
                page("GET", "/editor/columns/" + column, 302, 403, 403, 200, 403, 200),
                page("POST", "/editor/columns/" + column + "/details", 302, 403, 403, 302, 403, 302),
                page("POST", "/editor/columns/" + column + "/items", 302, 403, 403, 302, 403, 302),
                // an unknown action: past the rules, refused by the controller
                page("POST", "/editor/columns/" + column + "/items/0", 302, 403, 403, 400, 403, 400),
                page("GET", "/editor/synonyms", 302, 403, 403, 200, 403, 200),
                page("POST", "/editor/synonyms", 302, 403, 403, 302, 403, 302),
                page("POST", "/editor/synonyms/0/remove", 302, 403, 403, 302, 403, 302),
                page("GET", "/editor/contests", 302, 403, 403, 200, 403, 200),
                page("GET", "/editor/contests/" + contest + "/entries", 302, 403, 403, 200, 403, 200),
                page("POST", "/editor/entries/0/accept", 302, 403, 403, 404, 403, 404),
                page("POST", "/editor/entries/0/return", 302, 403, 403, 404, 403, 404),
                // videos: the desk and a video's page for the editorial staff, reviewing for reviewers
                page("GET", "/editor/videos", 302, 403, 403, 200, 200, 200),
                page("GET", "/editor/videos/" + v, 302, 403, 403, 200, 200, 200),
                page("POST", "/editor/videos/" + v, 302, 403, 403, 200, 403, 200),
                page("POST", "/editor/videos/" + w + "/submit", 302, 403, 403, 302, 403, 302),
                // no upload named: past the rules, refused as a bad request
                page("POST", "/editor/videos/" + v + "/replace", 302, 403, 403, 400, 403, 400),
                // no file: past the rules, refused as a bad request (was a 500)
                page("POST", "/editor/videos/" + v + "/poster", 302, 403, 403, 400, 403, 400),
                // no moment named: past the rules, refused as a bad request
                page("POST", "/editor/videos/" + v + "/poster-frame", 302, 403, 403, 400, 403, 400),
                // no file sent: past the rules, refused as a bad request; no track to remove: 404
                page("POST", "/editor/videos/" + v + "/captions", 302, 403, 403, 400, 403, 400),
                page("POST", "/editor/videos/" + v + "/captions/zh/delete", 302, 403, 403, 404, 403, 404),
                // the caption editor: the editors' (reviewers read a caption change on the video's page); an empty
                // text is refused and the editor shown again with the problem, nothing stored
                page("GET", "/editor/videos/" + v + "/captions/zh", 302, 403, 403, 200, 403, 200),
                page("GET", "/editor/videos/" + v + "/captions/xx", 302, 403, 403, 404, 403, 404),
                page("POST", "/editor/videos/" + v + "/captions/zh", 302, 403, 403, 200, 403, 200),
                // a missing video: past the rules, nothing to delete
                page("POST", "/editor/videos/0/delete", 302, 403, 403, 404, 403, 404),
                page("POST", "/editor/videos/" + w + "/approve", 302, 403, 403, 403, 302, 302),
                page("POST", "/editor/videos/" + v + "/reject", 302, 403, 403, 403, 302, 302),
                page("POST", "/editor/videos/" + v + "/offline", 302, 403, 403, 403, 302, 302),
                // whatever is not listed is for editors
                page("GET", "/editor/no-such-page", 302, 403, 403, 404, 403, 404),
                // the editorial API
                // a valid draft in an unknown column: editors get past the rules and are told so
                api(
                        "/api/v1/articles",
                        "{\"title\":\"矩阵\",\"summary\":\"摘要\",\"body\":\"正文\",\"column\":\"no-such-column\"}",
                        401,
                        403,
                        403,
                        400,
                        403,
                        400),
                api("/api/v1/articles/" + r + "/submit", "", 401, 403, 403, 409, 403, 409),
                // a valid version (a body is read before the role is checked): the editor creates it, the admin is told
                // it exists
                api(
                        "/api/v1/articles/" + d + "/translations/mn",
                        "{\"title\":\"ᠮᠣᠩᠭᠣᠯ\",\"summary\":\"ᠮᠣᠩᠭᠣᠯ\",\"body\":\"ᠮᠣᠩᠭᠣᠯ\"}",
                        401,
                        403,
                        403,
                        201,
                        403,
                        409),
                api("/api/v1/articles/" + d + "/publish", "", 401, 403, 403, 403, 409, 409),
                api("/api/v1/videos/" + w + "/submit", "", 401, 403, 403, 409, 403, 409),
                api("/api/v1/videos/" + w + "/publish", "", 401, 403, 403, 403, 409, 409),
                api("/api/v1/videos/" + v + "/withdraw", "", 401, 403, 403, 403, 409, 409));

        List<String> wrong = new ArrayList<>();
        StringBuilder table = new StringBuilder("| request | " + String.join(" | ", people.keySet()) + " |\n");
        table.append("| --- |").append(" --- |".repeat(people.size())).append('\n');
        for (Row row : rows) {
            table.append("| ")
                    .append(row.method())
                    .append(' ')
                    .append(row.path()
                            .replace("/" + d + "/", "/{draft}/")
                            .replaceAll("/" + d + "$", "/{draft}")
                            .replace("/" + r + "/", "/{in-review}/")
                            .replace("/" + column, "/{column}")
                            .replace("/contests/" + contest + "/", "/contests/{id}/")
                            .replaceAll("/videos/" + v + "(/|$)", "/videos/{video-draft}$1")
                            .replaceAll("/videos/" + w + "(/|$)", "/videos/{video-in-review}$1"))
                    .append(" |");
            int i = 0;
            for (String person : people.keySet()) {
                int expected = row.expected()[i++];
                if (expected == SKIP) {
                    table.append(" (flow test) |");
                    continue;
                }
                int status = send(row, person).statusCode();
                table.append(' ').append(status).append(" |");
                if (status != expected) {
                    wrong.add(row.method() + " " + row.path() + " as " + person + ": " + status + ", expected "
                            + expected);
                }
            }
            table.append('\n');
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/editorial-authorization.md"), table);
        assertThat(wrong).as("see target/editorial-authorization.md").isEmpty();
        assertThat(editorial.find(d).orElseThrow().getStatus())
                .as("nothing any request did stuck")
                .isEqualTo(ArticleStatus.DRAFT);
        assertThat(editorial.find(r).orElseThrow().getStatus()).isEqualTo(ArticleStatus.IN_REVIEW);
        assertThat(editorial.revisions(d)).hasSize(1);
        assertThat(editorial.reviews(d)).isEmpty();
        assertThat(videos.find(v).orElseThrow().getEditorial()).isEqualTo(VideoEditorialStatus.DRAFT);
        assertThat(videos.find(w).orElseThrow().getEditorial()).isEqualTo(VideoEditorialStatus.IN_REVIEW);
        assertThat(videoEditorial.reviews(w)).isEmpty();
    }

    private static NewVideo video(String title, long owner, VideoRoute route) {
        return new NewVideo(
                title, "", null, null, List.of(), owner, "uploads/test/" + UUID.randomUUID() + ".mp4", route);
    }

    private HttpResponse<String> send(Row row, String person) throws Exception {
        PageSession session = people.get(person);
        return switch (row.kind()) {
            case PAGE ->
                row.method().equals("GET")
                        ? session.get(row.path())
                        : session.post(
                                row.path(),
                                "reason",
                                "矩阵测试",
                                "revision",
                                "1",
                                "word",
                                "",
                                "terms",
                                "",
                                "key",
                                "",
                                "name",
                                "",
                                "kind",
                                "SERIES",
                                "action",
                                "none");
            case JSON -> session.postJson(row.path(), row.body());
            case IMAGE -> session.postWithFile(row.path(), "file", "图.png", new byte[] {1, 2, 3}, "alt", "");
            case API -> {
                HttpRequest.Builder request = HttpRequest.newBuilder(uri(row.path()))
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(row.body()));
                if (basic.get(person) != null) {
                    request.header("Authorization", basic.get(person));
                }
                yield http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            }
        };
    }

    private enum Kind {
        PAGE,
        JSON,
        IMAGE,
        API
    }

    private record Row(Kind kind, String method, String path, String body, int[] expected) {}

    private static Row page(String method, String path, int... expected) {
        return new Row(Kind.PAGE, method, path, null, expected);
    }

    private static Row json(String path, String body, int... expected) {
        return new Row(Kind.JSON, "POST", path, body, expected);
    }

    private static Row image(String path, int... expected) {
        return new Row(Kind.IMAGE, "POST", path, null, expected);
    }

    private static Row api(String path, String body, int... expected) {
        return new Row(Kind.API, "POST", path, body, expected);
    }

    private static String credentials(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static ArticleDraft draft(String title) {
        return new ArticleDraft(title, "摘要", "<p>正文</p>", null, null, List.of(), null, null, List.of(), null);
    }
}
