package org.kepu.portal.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.kepu.media.transcode.FfmpegBinary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo videos' picture: a coloured scene (sky, grassland, horizon) with the title drawn large and the summary
 * running along the bottom, so posters and storyboards look like content, not a test pattern. Text needs a CJK font
 * (fonts-noto-cjk or WenQuanYi); without one the scene is drawn without text, and if ffmpeg cannot draw it at all
 * the caller falls back to the test pattern.
 */
final class DemoScenes {

    private static final Logger log = LoggerFactory.getLogger(DemoScenes.class);
    private static final long TIMEOUT_SECONDS = 120;
    private static final List<Path> FONTS = List.of(
            Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"),
            Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
            Path.of("/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc"),
            Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
            Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"));
    // sky and ground per video, in turn
    private static final String[][] PALETTES = {
        {"0x1f5f8b", "0x2e7d4f"}, {"0x6a3d9a", "0x3a7d44"}, {"0xb5542c", "0x55703a"}, {"0x0f6e73", "0x7a5c2e"}
    };

    private final Path ffmpeg;

    DemoScenes(FfmpegBinary ffmpeg) {
        this.ffmpeg = ffmpeg.executable();
    }

    /** Renders an 8-second 960×540 scene with a tone to {@code target}; false if ffmpeg could not. */
    boolean render(Path target, int index, String title, String tagline, String summary, int toneHz)
            throws IOException {
        Path work = target.toAbsolutePath().getParent();
        Files.writeString(work.resolve("title-" + index + ".txt"), title, StandardCharsets.UTF_8);
        Files.writeString(work.resolve("tagline-" + index + ".txt"), tagline, StandardCharsets.UTF_8);
        Files.writeString(work.resolve("summary-" + index + ".txt"), summary, StandardCharsets.UTF_8);
        String[] palette = PALETTES[index % PALETTES.length];
        Optional<Path> font = FONTS.stream().filter(Files::isRegularFile).findFirst();
        if (font.isPresent() && run(work, arguments(target, palette, font, index, toneHz))) {
            return true;
        }
        log.info("Demo video {} drawn without its title (no CJK font or no drawtext in this ffmpeg)", index);
        return run(work, arguments(target, palette, Optional.empty(), index, toneHz));
    }

    private List<String> arguments(Path target, String[] palette, Optional<Path> font, int index, int toneHz) {
        StringBuilder filter = new StringBuilder()
                .append("drawbox=x=0:y=ih*0.66:w=iw:h=ih*0.34:color=")
                .append(palette[1])
                .append(":t=fill,drawbox=x=0:y=ih*0.66:w=iw:h=8:color=0xf2c14e:t=fill");
        font.ifPresent(f -> filter.append(",drawtext=fontfile=")
                .append(f)
                .append(":textfile=title-")
                .append(index)
                .append(".txt:fontsize=64:fontcolor=white:shadowcolor=black@0.6:shadowx=3:shadowy=3")
                .append(":x=(w-text_w)/2:y=h*0.30")
                .append(",drawtext=fontfile=")
                .append(f)
                .append(":textfile=tagline-")
                .append(index)
                .append(".txt:fontsize=30:fontcolor=white@0.9:x=(w-text_w)/2:y=h*0.30+96")
                .append(",drawtext=fontfile=")
                .append(f)
                .append(":textfile=summary-")
                .append(index)
                .append(".txt:fontsize=28:fontcolor=white:x=w-mod(t*160\\,w+text_w):y=h*0.80"));
        List<String> args = new ArrayList<>(List.of(
                ffmpeg.toString(),
                "-y",
                "-v",
                "error",
                "-f",
                "lavfi",
                "-i",
                "color=c=" + palette[0] + ":s=960x540:r=25:d=8",
                "-f",
                "lavfi",
                "-i",
                "sine=frequency=" + toneHz + ":sample_rate=48000:duration=8",
                "-vf",
                filter.toString()));
        args.addAll(List.of(
                "-c:v",
                "libx264",
                "-preset",
                "veryfast",
                "-pix_fmt",
                "yuv420p",
                "-c:a",
                "aac",
                "-b:a",
                "96k",
                "-shortest",
                "-movflags",
                "+faststart",
                target.toAbsolutePath().toString()));
        return args;
    }

    private static boolean run(Path work, List<String> args) throws IOException {
        Path errors = work.resolve("ffmpeg-errors.txt");
        Process process = new ProcessBuilder(args)
                .directory(work.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(errors.toFile())
                .start();
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return false;
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            return false;
        }
        if (process.exitValue() != 0) {
            log.warn(
                    "ffmpeg could not draw a demo scene: {}",
                    Files.readString(errors).strip());
            return false;
        }
        return true;
    }
}
