package org.kepu.portal.contest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kepu.content.account.Accounts;
import org.kepu.content.blob.BlobStore;
import org.kepu.content.contest.Contest;
import org.kepu.content.contest.ContestFixture;
import org.kepu.content.contest.Contests;
import org.kepu.content.contest.Entries;
import org.kepu.content.contest.Entry;
import org.kepu.content.video.NewVideo;
import org.kepu.content.video.Video;
import org.kepu.content.video.VideoRoute;
import org.kepu.content.video.VideoStatus;
import org.kepu.content.video.Videos;
import org.kepu.media.transcode.SampleVideos;
import org.kepu.portal.PortalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Finding 9: with the default job threads, a queue of real transcodes held a withdrawn entry in
 * search for minutes. Transcodes now have threads of their own; light jobs never wait behind them.
 */
class WithdrawalDuringTranscodesIntegrationTests extends PortalIntegrationTest {

    private static final int QUEUED_TRANSCODES = 4;

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
    SampleVideos samples;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path temp;

    private final List<Long> queued = new ArrayList<>();

    @Test
    void aWithdrawnEntryLeavesSearchWhileTranscodesAreStillRunning() {
        long creator = accounts.findByUsername(ADMIN).orElseThrow().getId();
        Contest contest = new ContestFixture(contests, entries, accounts, videos).collecting("转码排队测试赛", 2, 60);
        String title = "沙棘为什么耐旱" + System.nanoTime();
        String query = "/api/v1/search?type=entry&q=" + encode(title);
        Entry entry = new ContestFixture(contests, entries, accounts, videos).accepted(contest, creator, title, null);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> getJson(query).path("total").asLong() == 1);
        String source = "uploads/test-" + UUID.randomUUID();
        blobs.put(
                source,
                samples.generate(temp.resolve("clip.mp4"), 320, 240, Duration.ofSeconds(10), OptionalInt.of(440)),
                "video/mp4");
        for (int i = 0; i < QUEUED_TRANSCODES; i++) {
            queued.add(videos.submit(new NewVideo(
                            "排队的视频" + i, "", null, null, List.of(), null, source, VideoRoute.CONTEST_ENTRY))
                    .getId());
        }
        await().atMost(Duration.ofMinutes(1)).until(() -> statuses().anyMatch(v -> v.getProgress() > 0));

        entries.withdraw(entry.id(), creator);

        await().atMost(Duration.ofMinutes(2))
                .until(() -> getJson(query).path("total").asLong() == 0);
        // before, the index job queued behind every transcode enqueued before it: with two shared
        // threads it ran only once three of the four had finished
        assertThat(statuses().filter(v -> v.getStatus() == VideoStatus.PROCESSING))
                .as("the withdrawal left search while most queued transcodes still waited")
                .hasSizeGreaterThanOrEqualTo(2);
    }

    // the queued videos need no transcode once the test has its answer: the jobs skip them
    @AfterEach
    void stopTheQueuedTranscodes() {
        queued.forEach(id -> videos.failed(id, "测试结束"));
    }

    /** Queued transcodes a worker thread has claimed. */
    private long transcodesRunning() {
        return jdbc.sql("select count(*) from scheduled_tasks where task_name = 'transcode-video' and picked = true"
                        + " and task_instance in (:keys)")
                .param("keys", queued.stream().map(id -> "video-" + id).toList())
                .query(Long.class)
                .single();
    }

    private Stream<Video> statuses() {
        return queued.stream().map(id -> videos.find(id).orElseThrow());
    }
}
