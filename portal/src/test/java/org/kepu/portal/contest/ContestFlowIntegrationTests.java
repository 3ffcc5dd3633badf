package org.kepu.portal.contest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kepu.content.account.Accounts;
import org.kepu.content.contest.Contest;
import org.kepu.content.contest.ContestFixture;
import org.kepu.content.contest.ContestPhase;
import org.kepu.content.contest.Contests;
import org.kepu.content.contest.Entries;
import org.kepu.content.contest.Entry;
import org.kepu.content.contest.EntryStatus;
import org.kepu.content.video.VideoStatus;
import org.kepu.content.video.Videos;
import org.kepu.media.transcode.SampleVideos;
import org.kepu.portal.PageSession;
import org.kepu.portal.PortalIntegrationTest;
import org.kepu.portal.image.HostileImages;
import org.kepu.portal.image.ImageSettings;
import org.kepu.portal.image.StoredImages;
import org.kepu.portal.signup.Captchas;
import org.springframework.beans.factory.annotation.Autowired;

/** Creators through the pages: sign-up, a real upload and transcode, the contest's limits, returns. */
class ContestFlowIntegrationTests extends PortalIntegrationTest {

    private static final Pattern CAPTCHA = Pattern.compile("name=\"captchaToken\" value=\"([^\"]+)\"");
    private static final String PASSWORD = "创作-Mima-2026";

    @Autowired
    Captchas captchas;

    @Autowired
    Contests contests;

    @Autowired
    Entries entries;

    @Autowired
    Videos videos;

    @Autowired
    Accounts accounts;

    @Autowired
    SampleVideos samples;

    @Autowired
    StoredImages images;

    @Autowired
    ImageSettings imageSettings;

    @TempDir
    Path temp;

    @Test
    void aFreshPlatformHasADemoContestOpenForEntries() {
        PageSession visitor = PageSession.anonymous(this::uri);

        String list = visitor.get("/contests").body();
        assertThat(list).contains("伊金霍洛旗科普微视频创作大赛").contains("征集");
        String slug = contests.all().stream()
                .filter(c -> c.title().equals("伊金霍洛旗科普微视频创作大赛"))
                .findFirst()
                .orElseThrow()
                .slug();
        assertThat(visitor.get("/contests/" + slug).body()).contains("我要参赛").contains("科学性");
    }

    @Test
    void signingUpNeedsTheCaptchaMatchingPasswordsAndConsent() {
        PageSession visitor = PageSession.anonymous(this::uri);
        String phone = phone();

        HttpResponse<String> wrongCaptcha = signup(visitor, phone, "WXYZ-not-it", true);
        assertThat(wrongCaptcha.statusCode()).isEqualTo(200);
        assertThat(wrongCaptcha.body()).contains("验证码不正确或已过期");
        HttpResponse<String> noConsent = signup(visitor, phone, null, false);
        assertThat(noConsent.body()).contains("请阅读并同意个人信息保护说明");
        assertThat(accounts.findByUsername(phone)).isEmpty();

        HttpResponse<String> done = signup(visitor, phone, null, true);
        assertThat(done.statusCode()).isEqualTo(302);
        assertThat(done.headers().firstValue("Location"))
                .as("sign-up signs the creator in and leads to their entries")
                .hasValueSatisfying(l -> assertThat(l).endsWith("/creator/entries"));
        assertThat(accounts.findByUsername(phone))
                .hasValueSatisfying(a -> assertThat(a.getRoles()).hasSize(1));
        // typed as people write numbers
        String spaced = phone.substring(0, 3) + " " + phone.substring(3, 7) + " " + phone.substring(7);
        PageSession creator = PageSession.login(this::uri, spaced, PASSWORD);
        assertThat(creator.get("/account/data").body()).contains(phone).contains("2026-11");
        assertThat(signup(visitor, phone, null, true).body()).contains("已经注册");
    }

    @Test
    void anEntryIsUploadedTranscodedAndCheckedAgainstTheContestsLimits() throws Exception {
        Contest contest = data().collecting("流程测试赛", 1, 6);
        String phone = phone();
        signup(PageSession.anonymous(this::uri), phone, null, true);
        PageSession creator = PageSession.login(this::uri, phone, PASSWORD);
        Path good = samples.generate(temp.resolve("good.mp4"), 640, 360, Duration.ofSeconds(3), OptionalInt.of(440));
        Path tooLong = samples.generate(temp.resolve("long.mp4"), 640, 360, Duration.ofSeconds(9), OptionalInt.of(440));

        HttpResponse<String> wrongFormat = submit(creator, contest, upload(phone, good, "作品.avi"), "风从哪里来");
        assertThat(wrongFormat.statusCode()).isEqualTo(200);
        assertThat(wrongFormat.body()).contains("本赛事只接受以下格式的视频：mov, mp4");
        HttpResponse<String> submitted = submit(creator, contest, upload(phone, good, "风从哪里来.mp4"), "风从哪里来");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(302);
        long entryId = Long.parseLong(
                submitted.headers().firstValue("Location").orElseThrow().replaceAll(".*/", ""));
        Entry entry = entries.get(entryId);
        await().atMost(Duration.ofMinutes(2))
                .until(() -> videos.find(entry.videoId()).orElseThrow().getStatus() != VideoStatus.PROCESSING);
        assertThat(videos.find(entry.videoId()).orElseThrow().getStatus()).isEqualTo(VideoStatus.READY);
        assertThat(creator.get("/creator/entries/" + entryId).body()).contains("待初审");

        HttpResponse<String> second = submit(creator, contest, upload(phone, good, "第二件.mp4"), "第二件");
        assertThat(second.body()).contains("本赛事每人最多提交 1 件作品");

        HttpResponse<String> replaced =
                creator.post("/creator/entries/" + entryId + "/video", "uploadId", upload(phone, tooLong, "长.mp4"));
        assertThat(replaced.statusCode()).isEqualTo(302);
        long replacement = entries.get(entryId).videoId();
        await().atMost(Duration.ofMinutes(2))
                .until(() -> videos.find(replacement).orElseThrow().getStatus() != VideoStatus.PROCESSING);
        assertThat(videos.find(replacement).orElseThrow().getReason())
                .contains("时长")
                .contains("上限");
        assertThat(creator.get("/creator/entries/" + entryId).body())
                .contains("视频未通过检查")
                .contains("时长");
    }

    @Test
    void anEntryTakesAnOptionalCoverCheckedByItsContent() throws Exception {
        Contest contest = data().collecting("封面测试赛", 2, 60);
        String phone = phone();
        signup(PageSession.anonymous(this::uri), phone, null, true);
        PageSession creator = PageSession.login(this::uri, phone, PASSWORD);
        Path clip = samples.generate(temp.resolve("cover.mp4"), 640, 360, Duration.ofSeconds(2), OptionalInt.of(440));
        String[] fields = {
            "title",
            "牧场的风",
            "summary",
            "风从哪里来",
            "groupCode",
            "youth",
            "categoryCode",
            "video",
            "originality",
            "true",
            "uploadId",
            upload(phone, clip, "clip.mp4")
        };

        HttpResponse<String> notAnImage = creator.postWithFile(
                "/creator/contests/" + contest.slug() + "/entries",
                "cover",
                "cover.png",
                "这不是图片".getBytes(StandardCharsets.UTF_8),
                fields);
        assertThat(notAnImage.statusCode()).isEqualTo(200);
        assertThat(notAnImage.body()).contains("这不是可识别的图片");
        assertThat(entries.ofCreator(
                        accounts.findByUsername(phone).orElseThrow().getId()))
                .isEmpty();

        HttpResponse<String> withCover = creator.postWithFile(
                "/creator/contests/" + contest.slug() + "/entries", "cover", "cover.png", png(1200, 675), fields);
        assertThat(withCover.statusCode()).as(withCover.body()).isEqualTo(302);
        long id = Long.parseLong(
                withCover.headers().firstValue("Location").orElseThrow().replaceAll(".*/", ""));
        assertThat(entries.get(id).coverKey()).matches("[0-9a-f]{32};作品《牧场的风》的封面");
        assertThat(creator.get("/creator/entries/" + id).body())
                .contains("480w")
                .contains("960w");
    }

    @Test
    void aCoverBombForAClosedContestOrAnotherCreatorsEntryIsRefusedWithoutBeingDecoded() {
        Contest contest = data().collecting("封面炸弹截止赛", 2, 60);
        String phone = phone();
        signup(PageSession.anonymous(this::uri), phone, null, true);
        PageSession creator = PageSession.login(this::uri, phone, PASSWORD);
        long creatorId = accounts.findByUsername(phone).orElseThrow().getId();
        long otherId = accounts.findByUsername(ADMIN).orElseThrow().getId();
        Entry own = data().accepted(contest, creatorId, "草原上的星星", "ejinhoro");
        Entry others = data().accepted(contest, otherId, "别人的作品", "ejinhoro");
        byte[] bomb = HostileImages.pngBomb();
        long decodes = images.decodes();

        HttpResponse<String> intoOthers =
                creator.postWithFile("/creator/entries/" + others.id(), "cover", "cover.png", bomb, coverFields());
        assertThat(intoOthers.statusCode()).isEqualTo(404);

        data().moveTo(contest, ContestPhase.JUDGING);
        HttpResponse<String> newEntry = creator.postWithFile(
                "/creator/contests/" + contest.slug() + "/entries", "cover", "cover.png", bomb, coverFields());
        assertThat(newEntry.statusCode()).isEqualTo(200);
        assertThat(newEntry.body()).containsAnyOf("作品征集已经截止", "现在不在作品征集时间内");
        HttpResponse<String> ownEntry =
                creator.postWithFile("/creator/entries/" + own.id(), "cover", "cover.png", bomb, coverFields());
        assertThat(ownEntry.statusCode()).isEqualTo(200);
        assertThat(ownEntry.body()).containsAnyOf("作品征集已经截止", "现在不在作品征集时间内");

        assertThat(images.decodes()).as("no image was decoded").isEqualTo(decodes);
        assertThat(entries.get(own.id()).coverKey()).isNull();
    }

    @Test
    void aCoverBombForAnOpenContestIsStoredFromASubsampledRasterWithinTheBound() throws Exception {
        Contest contest = data().collecting("封面炸弹征集赛", 2, 60);
        String phone = phone();
        signup(PageSession.anonymous(this::uri), phone, null, true);
        PageSession creator = PageSession.login(this::uri, phone, PASSWORD);
        Path clip = samples.generate(temp.resolve("bomb.mp4"), 640, 360, Duration.ofSeconds(2), OptionalInt.of(440));
        String[] fields = withUpload(coverFields(), upload(phone, clip, "clip.mp4"));
        long decodes = images.decodes();

        HttpResponse<String> posted = creator.postWithFile(
                "/creator/contests/" + contest.slug() + "/entries",
                "cover",
                "cover.png",
                HostileImages.pngBomb(),
                fields);

        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(302);
        assertThat(images.decodes()).isEqualTo(decodes + 1);
        assertThat(images.largestRaster())
                .as("the decoded raster, not the 320 MB a full decode holds")
                .isLessThanOrEqualTo(imageSettings.maxDecodedSize().toBytes())
                .isLessThan(HostileImages.BOMB_FULL_RASTER / 8);
        long id = Long.parseLong(
                posted.headers().firstValue("Location").orElseThrow().replaceAll(".*/", ""));
        String imageId = entries.get(id).coverKey().split(";")[0];
        HttpResponse<byte[]> largest = creator.getBytes("/media/images/" + imageId + "/1600.jpg");
        assertThat(largest.statusCode()).isEqualTo(200);
        BufferedImage stored = ImageIO.read(new java.io.ByteArrayInputStream(largest.body()));
        assertThat(stored.getWidth()).isEqualTo(1600);
    }

    @Test
    void eightCoverBombsAtOnceAreAllAnsweredAndThePortalKeepsServing() throws Exception {
        Contest contest = data().collecting("封面炸弹并发赛", 2, 60);
        String phone = phone();
        signup(PageSession.anonymous(this::uri), phone, null, true);
        List<PageSession> sessions = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            sessions.add(PageSession.login(this::uri, phone, PASSWORD));
        }
        byte[] bomb = HostileImages.pngBomb();
        long decodes = images.decodes();

        List<HttpResponse<String>> answers = new java.util.ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<HttpResponse<String>>> posts = sessions.stream()
                    .map(session -> pool.submit(() -> session.postWithFile(
                            "/creator/contests/" + contest.slug() + "/entries",
                            "cover",
                            "cover.png",
                            bomb,
                            coverFields())))
                    .toList();
            for (Future<HttpResponse<String>> post : posts) {
                answers.add(post.get());
            }
        } finally {
            pool.shutdown();
        }

        // decoded and stored, then refused for the missing video; or told to try again shortly
        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.statusCode()).isIn(200, 503);
            if (answer.statusCode() == 200) {
                assertThat(answer.body()).contains("请先选择并上传作品视频");
            } else {
                assertThat(answer.body()).contains("服务器正在处理其他图片");
                assertThat(answer.headers().firstValue("Retry-After")).isPresent();
            }
        });
        long decoded = answers.stream().filter(a -> a.statusCode() == 200).count();
        assertThat(decoded).isPositive();
        assertThat(images.decodes()).isEqualTo(decodes + decoded);
        assertThat(images.largestRaster())
                .isLessThanOrEqualTo(imageSettings.maxDecodedSize().toBytes());
        assertThat(get("/").statusCode()).isEqualTo(200);
    }

    private static String[] coverFields() {
        return new String[] {
            "title",
            "炸弹封面",
            "summary",
            "一张很小却很大的图片",
            "groupCode",
            "youth",
            "categoryCode",
            "video",
            "originality",
            "true"
        };
    }

    private static String[] withUpload(String[] fields, String uploadId) {
        String[] all = java.util.Arrays.copyOf(fields, fields.length + 2);
        all[fields.length] = "uploadId";
        all[fields.length + 1] = uploadId;
        return all;
    }

    private static byte[] png(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void aReturnedEntryIsFixedAndResubmittedByItsCreatorOnly() throws Exception {
        Contest contest = data().collecting("流程测试赛", 2, 60);
        String phone = phone();
        signup(PageSession.anonymous(this::uri), phone, null, true);
        PageSession creator = PageSession.login(this::uri, phone, PASSWORD);
        PageSession editor = PageSession.login(this::uri, ADMIN, ADMIN_PASSWORD);
        Path clip = samples.generate(temp.resolve("clip.mp4"), 640, 360, Duration.ofSeconds(2), OptionalInt.of(440));
        HttpResponse<String> submitted = submit(creator, contest, upload(phone, clip, "clip.mp4"), "沙尘暴");
        long entryId = Long.parseLong(
                submitted.headers().firstValue("Location").orElseThrow().replaceAll(".*/", ""));

        assertThat(editor.post("/editor/entries/" + entryId + "/return", "reason", "")
                        .statusCode())
                .isEqualTo(302);
        assertThat(entries.get(entryId).status()).as("no reason, no return").isEqualTo(EntryStatus.PENDING);
        editor.post("/editor/entries/" + entryId + "/return", "reason", "简介请补充防护要点");
        assertThat(creator.get("/creator/entries/" + entryId).body())
                .contains("已退回")
                .contains("简介请补充防护要点");

        HttpResponse<String> fixed = creator.post(
                "/creator/entries/" + entryId,
                "title",
                "沙尘暴来了怎么办",
                "summary",
                "关好门窗，戴好口罩，远离广告牌。",
                "groupCode",
                "youth",
                "categoryCode",
                "video",
                "unit",
                "伊金霍洛旗第一中学",
                "originality",
                "true");
        assertThat(fixed.statusCode()).isEqualTo(302);
        assertThat(entries.get(entryId).status()).isEqualTo(EntryStatus.PENDING);
        assertThat(entries.get(entryId).title()).isEqualTo("沙尘暴来了怎么办");
        assertThat(editor.get("/editor/contests/" + contest.id() + "/entries").body())
                .contains("沙尘暴来了怎么办")
                .contains(phone.substring(0, 3) + "****" + phone.substring(7))
                .doesNotContain(phone);
    }

    @Test
    void anAcceptedEntryIsSearchableAndLeavesTheIndexWhenWithdrawn() throws Exception {
        Contest contest = data().collecting("流程测试赛", 2, 60);
        String phone = phone();
        signup(PageSession.anonymous(this::uri), phone, null, true);
        long creator = accounts.findByUsername(phone).orElseThrow().getId();
        String title = "风力发电机为什么是三片叶子" + System.nanoTime();
        String query = "/api/v1/search?type=entry&q=" + encode(title);

        Entry entry = data().accepted(contest, creator, title, "ulanmulun");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> getJson(query).path("total").asLong() == 1);
        var hit = getJson(query).path("items").get(0);
        assertThat(hit.path("type").asText()).isEqualTo("entry");
        assertThat(hit.path("url").asText()).isEqualTo("/contests/" + contest.slug() + "/entries/" + entry.id());
        assertThat(hit.path("column").asText()).isEqualTo("流程测试赛");
        assertThat(hit.path("town").asText()).isEqualTo("乌兰木伦镇");

        entries.withdraw(entry.id(), creator);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> getJson(query).path("total").asLong() == 0);
    }

    @Test
    void aSecondVoteOnTheSameDayIsRefusedWithAClearMessage() {
        Contest contest = data().collecting("投票测试赛", 2, 60);
        String phone = phone();
        signup(PageSession.anonymous(this::uri), phone, null, true);
        long creator = accounts.findByUsername(phone).orElseThrow().getId();
        Entry entry = data().accepted(contest, creator, "投票测试作品", null);
        data().moveTo(contest, ContestPhase.JUDGING);
        PageSession voter = PageSession.login(this::uri, phone, PASSWORD);
        String page = "/contests/" + contest.slug() + "/entries/" + entry.id();

        assertThat(PageSession.anonymous(this::uri)
                        .post(page + "/vote")
                        .headers()
                        .firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(voter.post(page + "/vote").statusCode()).isEqualTo(302);
        HttpResponse<String> again = voter.post(page + "/vote");

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("今天已经为这件作品投过票了，明天再来吧");
        assertThat(entries.get(entry.id()).voteCount()).isEqualTo(1);
        assertThat(voter.get(page).body()).contains("1 票").contains("今天已为这件作品投过票");
    }

    private ContestFixture data() {
        return new ContestFixture(contests, entries, accounts, videos);
    }

    private HttpResponse<String> signup(PageSession visitor, String phone, String captcha, boolean consent) {
        Matcher token = CAPTCHA.matcher(visitor.get("/signup").body());
        assertThat(token.find()).isTrue();
        String answer =
                captcha != null ? captcha : captchas.answerOf(token.group(1)).orElseThrow();
        return visitor.post(
                "/signup",
                "contact",
                phone,
                "displayName",
                "小创作者",
                "password",
                PASSWORD,
                "passwordAgain",
                PASSWORD,
                "captchaToken",
                token.group(1),
                "captcha",
                answer,
                "consent",
                String.valueOf(consent));
    }

    private HttpResponse<String> submit(PageSession creator, Contest contest, String uploadId, String title) {
        return creator.post(
                "/creator/contests/" + contest.slug() + "/entries",
                "title",
                title,
                "summary",
                "一分钟讲清楚" + title,
                "groupCode",
                "youth",
                "categoryCode",
                "video",
                "unit",
                "伊金霍洛旗第一中学",
                "townCode",
                "ejinhoro",
                "minor",
                "true",
                "guardianName",
                "王建国",
                "guardianConsent",
                "true",
                "originality",
                "true",
                "uploadId",
                uploadId);
    }

    /** A resumable upload through the API, as the page's script does it. */
    private String upload(String username, Path file, String name) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        HttpClient client = HttpClient.newHttpClient();
        String auth = "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> created = client.send(
                HttpRequest.newBuilder(uri("/api/v1/uploads"))
                        .header("Tus-Resumable", "1.0.0")
                        .header("Authorization", auth)
                        .header("Upload-Length", Long.toString(bytes.length))
                        .header("Upload-Metadata", "filename " + b64(name) + ",filetype " + b64("video/mp4"))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> patched = client.send(
                HttpRequest.newBuilder(uri(URI.create(location).getPath()))
                        .header("Tus-Resumable", "1.0.0")
                        .header("Authorization", auth)
                        .header("Upload-Offset", "0")
                        .header("Content-Type", "application/offset+octet-stream")
                        .method("PATCH", HttpRequest.BodyPublishers.ofByteArray(bytes))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(patched.statusCode()).as(patched.body()).isEqualTo(204);
        return location.replaceAll(".*/", "");
    }

    private static String phone() {
        return "137" + String.format("%08d", (long) (Math.random() * 100_000_000L));
    }

    private static String b64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
