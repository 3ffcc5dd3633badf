package org.kepu.portal.contest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kepu.content.ContentKey;
import org.kepu.content.account.Accounts;
import org.kepu.content.blob.BlobStore;
import org.kepu.content.column.ColumnCuration;
import org.kepu.content.column.ColumnItem;
import org.kepu.content.column.ColumnKind;
import org.kepu.content.column.Columns;
import org.kepu.content.column.ContentColumn;
import org.kepu.content.contest.Contest;
import org.kepu.content.contest.ContestFixture;
import org.kepu.content.contest.Contests;
import org.kepu.content.contest.Entries;
import org.kepu.content.contest.Entry;
import org.kepu.content.video.Videos;
import org.kepu.portal.PortalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An entry its creator withdraws, or that screening returns, leaves within seconds every place the
 * public found it: search and suggestions, the home page and the 专题 it is curated in, the sitemap,
 * screen mode and its contest's gallery; its page and its video's playlist and poster answer 404.
 */
class EntryWithdrawalIntegrationTests extends PortalIntegrationTest {

    /** Home lists are kept for five seconds and the index refreshes every second: "within seconds". */
    private static final Duration WITHIN_SECONDS = Duration.ofSeconds(10);

    @Autowired
    Contests contests;

    @Autowired
    Entries entries;

    @Autowired
    Videos videos;

    @Autowired
    Accounts accounts;

    @Autowired
    BlobStore blobs;

    @Autowired
    Columns columns;

    @Autowired
    ColumnCuration curation;

    @Test
    void anEntryWithdrawnByItsCreatorLeavesEveryPublicPlaceAndItsMediaAnswer404() throws Exception {
        long creator = accounts.findByUsername(ADMIN).orElseThrow().getId();
        Places places = acceptedAndCurated(creator, "沙棘为什么耐旱");

        entries.withdraw(places.entry.id(), creator);

        await().atMost(WITHIN_SECONDS).untilAsserted(places::noneShowsIt);
    }

    @Test
    void anEntryReturnedInScreeningLeavesEveryPublicPlaceAndItsMediaAnswer404() throws Exception {
        long creator = accounts.findByUsername(ADMIN).orElseThrow().getId();
        Places places = acceptedAndCurated(creator, "草原上的风能");

        entries.giveBack(places.entry.id(), "视频里的数据需要注明来源", "测试编辑");

        await().atMost(WITHIN_SECONDS).untilAsserted(places::noneShowsIt);
    }

    private Places acceptedAndCurated(long creator, String topic) throws Exception {
        ContestFixture data = new ContestFixture(contests, entries, accounts, videos);
        Contest contest = data.collecting("撤回测试赛", 5, 60);
        String title = topic + System.nanoTime() % 100_000;
        Entry entry = data.accepted(contest, creator, title, null);
        String prefix = videos.find(entry.videoId()).orElseThrow().getMediaPrefix();
        put(prefix + "/poster.jpg", "jpeg");
        put(prefix + "/master.m3u8", "#EXTM3U");
        ContentColumn campaign = columns.create(
                ContentColumn.create(
                        "contest-" + UUID.randomUUID().toString().substring(0, 8),
                        "优秀参赛作品",
                        "专题测试",
                        ColumnKind.CAMPAIGN,
                        99,
                        Instant.now()),
                "测试编辑");
        curation.add(campaign.id(), ContentKey.entry(entry.id()), "测试编辑");
        ColumnItem item = curation.of(campaign.id()).get(0);
        curation.feature(campaign.id(), item.id(), true, "测试编辑");
        Places places = new Places(contest, entry, title, campaign.slug());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(places::allShowIt);
        return places;
    }

    private void put(String key, String content) {
        blobs.put(key, new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), "application/octet-stream");
    }

    /** Where the public meets an entry. */
    private final class Places {

        private final Contest contest;
        private final Entry entry;
        private final String title;
        private final String column;
        private final String url;

        Places(Contest contest, Entry entry, String title, String column) {
            this.contest = contest;
            this.entry = entry;
            this.title = title;
            this.column = column;
            this.url = "/contests/" + contest.slug() + "/entries/" + entry.id();
        }

        void allShowIt() throws Exception {
            assertThat(get("/api/v1/search/suggest?q=" + encode(title)).body())
                    .as("suggestions")
                    .contains(title);
            for (String place : places()) {
                assertThat(links(get(place).body())).as(place).isTrue();
            }
            assertThat(get(url).statusCode()).as("its page").isEqualTo(200);
            for (String media : media()) {
                assertThat(get(media).statusCode()).as(media).isEqualTo(200);
            }
        }

        void noneShowsIt() throws Exception {
            assertThat(get("/api/v1/search/suggest?q=" + encode(title)).body())
                    .as("suggestions")
                    .doesNotContain(title);
            for (String place : places()) {
                assertThat(links(get(place).body())).as(place).isFalse();
            }
            assertThat(get(url).statusCode()).as("its page").isEqualTo(404);
            for (String media : media()) {
                assertThat(get(media).statusCode()).as(media).isEqualTo(404);
            }
        }

        private List<String> places() {
            return List.of(
                    "/api/v1/search?type=entry&q=" + encode(title),
                    "/",
                    "/columns/" + column,
                    "/sitemap.xml",
                    "/screen/columns/" + column + "/playlist.json",
                    "/contests/" + contest.slug() + "/entries");
        }

        private List<String> media() {
            return List.of(
                    "/media/videos/" + entry.videoId() + "/master.m3u8",
                    "/media/videos/" + entry.videoId() + "/poster.jpg");
        }

        /** An attribute, JSON string or element ending at the url (not a longer id starting with it). */
        private boolean links(String body) {
            return body.contains(url + "\"") || body.contains(url + "<");
        }
    }
}
