package org.kepu.portal.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import org.kepu.content.article.Article;
import org.kepu.content.article.ArticleDraft;
import org.kepu.content.article.Articles;
import org.kepu.content.blob.BlobStore;
import org.kepu.content.column.ColumnKind;
import org.kepu.content.column.Columns;
import org.kepu.content.column.ContentColumn;
import org.kepu.content.reference.ReferenceNames;
import org.kepu.content.video.NewVideo;
import org.kepu.content.video.VideoRoute;
import org.kepu.content.video.Videos;
import org.kepu.media.transcode.FfmpegBinary;
import org.kepu.media.transcode.SampleVideos;
import org.kepu.portal.web.SafeHtml;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Loads the demo columns, articles and micro-videos on the first start of an empty database. The
 * articles are published through the normal path (so they are indexed by the job queue), and the
 * videos are generated with the bundled ffmpeg and taken through the real transcoding job.
 */
@Component
@Order(10)
@ConditionalOnBooleanProperty("kepu.demo.enabled")
public class DemoContent implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoContent.class);
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final Columns columns;
    private final Articles articles;
    private final Videos videos;
    private final ReferenceNames names;
    private final BlobStore blobs;
    private final SampleVideos samples;
    private final DemoScenes scenes;
    private final DemoSettings settings;
    private final Clock clock;
    private final TaskExecutor background = new SimpleAsyncTaskExecutor("demo-videos-");
    private volatile boolean videosStored;

    DemoContent(
            Columns columns,
            Articles articles,
            Videos videos,
            ReferenceNames names,
            BlobStore blobs,
            SampleVideos samples,
            FfmpegBinary ffmpeg,
            DemoSettings settings,
            Clock clock) {
        this.columns = columns;
        this.articles = articles;
        this.videos = videos;
        this.names = names;
        this.blobs = blobs;
        this.samples = samples;
        this.scenes = new DemoScenes(ffmpeg);
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (columns.count() > 0 || articles.count() > 0 || videos.count() > 0) {
            return;
        }
        loadColumns();
        int articleCount = loadArticles();
        log.info("Loaded demo content: {} columns, {} articles", columns.count(), articleCount);
        if (settings.videos()) {
            // generating the sources takes ffmpeg seconds per video: not worth holding readiness back
            background.execute(this::loadVideosQuietly);
        }
    }

    private void loadVideosQuietly() {
        try {
            int count = loadVideos();
            log.info("Loaded {} demo videos (transcoding in the background)", count);
        } catch (IOException | RuntimeException e) {
            log.warn("Demo videos could not be loaded", e);
        } finally {
            videosStored = true;
        }
    }

    /** Whether the demo videos have their rows (and ids) by now; tests wait for it. */
    public boolean videosStored() {
        return videosStored || !settings.videos();
    }

    private void loadColumns() throws IOException {
        int order = 0;
        for (String line : lines("demo/columns.txt")) {
            // slug|name|description|kind[|Mongolian name|Mongolian description]
            String[] f = line.split("\\|", -1);
            ContentColumn column =
                    ContentColumn.create(f[0], f[1], f[2], ColumnKind.valueOf(f[3]), ++order, clock.instant());
            if (f.length > 4) {
                column = column.withMongolian(f[4], f.length > 5 ? f[5] : "");
            }
            columns.create(column, "system");
        }
    }

    /**
     * The articles keep the spacing of their {@code published} dates, moved so that the newest one
     * appeared yesterday: the demo looks current on whatever day it is loaded.
     */
    private int loadArticles() throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:demo/articles/*.txt");
        Arrays.sort(files, Comparator.comparing(Resource::getFilename));
        List<DemoFile> demos = new ArrayList<>();
        for (Resource file : files) {
            demos.add(DemoFile.parse(file.getFilename(), file.getContentAsString(StandardCharsets.UTF_8)));
        }
        LocalDate newest = demos.stream()
                .map(demo -> LocalDate.parse(demo.get("published")))
                .max(Comparator.naturalOrder())
                .orElse(LocalDate.now(clock.withZone(BEIJING)));
        long shift = ChronoUnit.DAYS.between(
                newest, LocalDate.now(clock.withZone(BEIJING)).minusDays(1));
        for (int i = 0; i < demos.size(); i++) {
            DemoFile demo = demos.get(i);
            var article = articles.create(new ArticleDraft(
                    demo.get("title"),
                    demo.get("summary"),
                    SafeHtml.sanitize(demo.body()),
                    demo.get("source"),
                    demo.get("author"),
                    demo.list("tags"),
                    columnId(demo.get("column")),
                    townCode(demo.get("town")),
                    demo.list("audiences").stream().map(this::audienceCode).toList(),
                    LocalDate.parse(demo.get("published"))
                            .plusDays(shift)
                            .atTime(9, 0)
                            .atZone(BEIJING)
                            .toInstant()));
            articles.publish(article.getId());
            loadMongolianVersion(files[i].getFilename(), article);
        }
        return demos.size();
    }

    private int loadVideos() throws IOException {
        List<String> lines = lines("demo/videos.txt");
        Path work = Files.createTempDirectory("kepu-demo-");
        try {
            int tone = 440;
            int index = 0;
            for (String line : lines) {
                String[] f = line.split("\\|");
                Path source = work.resolve(f[0] + ".mp4");
                if (!scenes.render(source, index++, f[1], names.columnName(columnId(f[3])) + " · 伊金霍洛科普", f[2], tone)) {
                    samples.generate(source, 960, 540, Duration.ofSeconds(8), OptionalInt.of(tone));
                }
                tone += 110;
                String key = "uploads/demo/" + f[0] + ".mp4";
                blobs.put(key, source, "video/mp4");
                // slug|title|summary|column|audiences|town[|Mongolian title|Mongolian summary]
                videos.submit(new NewVideo(
                                f[1],
                                f[2],
                                columnId(f[3]),
                                townCode(f[5]),
                                Arrays.stream(f[4].split(","))
                                        .map(String::strip)
                                        .map(this::audienceCode)
                                        .toList(),
                                null,
                                key,
                                VideoRoute.DIRECT)
                        .withMongolian(f.length > 6 ? f[6] : "", f.length > 7 ? f[7] : ""));
            }
        } finally {
            deleteFolder(work);
        }
        return lines.size();
    }

    /** {@code demo/articles/mn/<the original's file name>}, when there is one: published beside it. */
    private void loadMongolianVersion(String fileName, Article original) throws IOException {
        Resource file = new ClassPathResource("demo/articles/mn/" + fileName);
        if (!file.exists()) {
            return;
        }
        DemoFile demo = DemoFile.parse(fileName, file.getContentAsString(StandardCharsets.UTF_8));
        Article version = articles.createVersion(
                original.getId(),
                "mn",
                new ArticleDraft(
                        demo.get("title"),
                        demo.get("summary"),
                        SafeHtml.sanitize(demo.body()),
                        demo.get("source"),
                        demo.get("author"),
                        demo.list("tags"),
                        original.getColumnId(),
                        original.getTownCode(),
                        original.getAudienceCodes(),
                        original.getPublishedAt()));
        articles.publish(version.getId());
    }

    private Long columnId(String slug) {
        return names.columnId(slug).orElseThrow(() -> new IllegalArgumentException("No demo column " + slug));
    }

    private String townCode(String name) {
        return names.townCode(name).orElseThrow(() -> new IllegalArgumentException("No town " + name));
    }

    private String audienceCode(String name) {
        return names.audienceCode(name).orElseThrow(() -> new IllegalArgumentException("No audience " + name));
    }

    private static List<String> lines(String resource) throws IOException {
        Resource file = new PathMatchingResourcePatternResolver().getResource("classpath:" + resource);
        return file.getContentAsString(StandardCharsets.UTF_8)
                .lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .toList();
    }

    private static void deleteFolder(Path folder) throws IOException {
        try (var paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
