package org.kepu.media.transcode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.kepu.media.transcode.MediaRejected.Cause;

/** Holds an upload against the {@link MediaRules}; each broken rule is named in Chinese, with its numbers. */
public final class MediaRulesCheck {

    private final MediaRules rules;

    public MediaRulesCheck(MediaRules rules) {
        this.rules = rules;
    }

    public MediaRules rules() {
        return rules;
    }

    /**
     * What can be told without ffmpeg: the file is not empty and not too large.
     *
     * @throws MediaRejected if it is
     */
    public void checkFile(Path file) {
        long bytes = size(file);
        if (bytes == 0) {
            throw new MediaRejected(Cause.EMPTY_FILE, "文件是空的（0 字节），请重新上传");
        }
        if (bytes > rules.maxFileBytes()) {
            throw new MediaRejected(
                    Cause.FILE_TOO_LARGE,
                    "文件大小为 " + bytes(bytes) + "，超过了 " + bytes(rules.maxFileBytes()) + " 的上限，请压缩或剪短后重新上传",
                    null,
                    megabytes(bytes),
                    megabytes(rules.maxFileBytes()));
        }
    }

    /**
     * What the probe found: a picture, a length, a size, a codec and a frame rate within the rules.
     * An unknown length (0) or frame rate (0) passes here; the transcoder watches the length.
     *
     * @throws MediaRejected naming the first rule the file breaks
     */
    public void checkProbe(MediaProbe probe) {
        if (!probe.hasVideo()) {
            throw new MediaRejected(Cause.NO_VIDEO_TRACK, MediaRejected.NO_VIDEO_TRACK);
        }
        checkDuration(probe.duration());
        checkPicture(probe.displayWidth(), probe.displayHeight());
        if (!rules.videoCodecs().contains(probe.videoCodec())) {
            throw new MediaRejected(
                    Cause.CODEC_NOT_ALLOWED,
                    "不支持的视频编码（" + probe.videoCodec() + "），请上传 H.264、H.265、VP9 或 AV1 编码的视频",
                    null,
                    probe.videoCodec());
        }
        if (probe.frameRate() > rules.maxFrameRate()) {
            throw new MediaRejected(
                    Cause.FRAME_RATE_TOO_HIGH,
                    "帧率过高（" + number(probe.frameRate()) + " 帧/秒），不能超过 " + number(rules.maxFrameRate())
                            + " 帧/秒，请导出为普通帧率后重新上传",
                    null,
                    number(probe.frameRate()),
                    number(rules.maxFrameRate()));
        }
    }

    /** A length found only while transcoding, when the container did not declare one. */
    MediaRejected tooLongWhileTranscoding() {
        return new MediaRejected(
                Cause.TOO_LONG,
                "视频时长超过了 " + duration(rules.maxDuration()) + "的上限，请剪短后重新上传",
                "unknown-length",
                seconds(rules.maxDuration()));
    }

    private void checkDuration(Duration length) {
        if (length.isZero()) {
            return;
        }
        if (length.compareTo(rules.maxDuration()) > 0) {
            throw new MediaRejected(
                    Cause.TOO_LONG,
                    "视频时长 " + duration(tenths(length, true)) + "，超过了 " + duration(rules.maxDuration()) + "的上限，请剪短后重新上传",
                    null,
                    seconds(tenths(length, true)),
                    seconds(rules.maxDuration()));
        }
        if (length.compareTo(rules.minDuration()) < 0) {
            throw new MediaRejected(
                    Cause.TOO_SHORT,
                    "视频太短（" + duration(tenths(length, false)) + "），至少需要 " + duration(rules.minDuration()),
                    null,
                    seconds(tenths(length, false)),
                    seconds(rules.minDuration()));
        }
    }

    private void checkPicture(int width, int height) {
        String size = width + "×" + height;
        if (Math.min(width, height) < rules.minShortSide()) {
            throw new MediaRejected(
                    Cause.RESOLUTION_TOO_LOW,
                    "画面太小（" + size + "），短边至少需要 " + rules.minShortSide() + " 像素",
                    null,
                    size,
                    String.valueOf(rules.minShortSide()));
        }
        if (Math.max(width, height) > rules.maxLongSide()) {
            throw new MediaRejected(
                    Cause.RESOLUTION_TOO_HIGH,
                    "画面太大（" + size + "），长边不能超过 " + rules.maxLongSide() + " 像素",
                    null,
                    size,
                    String.valueOf(rules.maxLongSide()));
        }
        if ((long) width * height > rules.maxPixels()) {
            throw new MediaRejected(
                    Cause.RESOLUTION_TOO_HIGH,
                    "画面太大（" + size + "），总像素不能超过 " + number(rules.maxPixels() / 10_000.0) + " 万",
                    "pixels",
                    size,
                    String.valueOf(rules.maxPixels()));
        }
    }

    /** Seconds as figures ("754.3", "600"), for messages in any language. */
    static String seconds(Duration length) {
        return number(length.toMillis() / 1000.0);
    }

    /** Megabytes as figures ("2048", "1.5"), for messages in any language. */
    static String megabytes(long bytes) {
        return number(Math.round(bytes / 1024.0 / 1024.0 * 10) / 10.0);
    }

    // rounded away from the limit, so a length just past it never reads like the limit itself
    private static Duration tenths(Duration length, boolean up) {
        long tenths = up ? (length.toMillis() + 99) / 100 : length.toMillis() / 100;
        return Duration.ofMillis(tenths * 100);
    }

    /** "10 分钟", "12 分 5 秒", "1 小时 2 分 3.5 秒", "0.5 秒". */
    static String duration(Duration length) {
        long hours = length.toHours();
        int minutes = length.toMinutesPart();
        String seconds = number(length.toSecondsPart() + length.toMillisPart() / 1000.0);
        if (hours == 0 && minutes == 0) {
            return seconds + " 秒";
        }
        boolean wholeMinutes = seconds.equals("0");
        StringBuilder text = new StringBuilder();
        if (hours > 0) {
            text.append(hours).append(" 小时");
        }
        if (minutes > 0) {
            text.append(text.isEmpty() ? "" : " ").append(minutes).append(wholeMinutes && hours == 0 ? " 分钟" : " 分");
        }
        if (!wholeMinutes) {
            text.append(' ').append(seconds).append(" 秒");
        }
        return text.toString();
    }

    /** "2 GB", "1.5 GB", "300 MB", "12 KB", "5 字节"; powers of 1024, as file managers count. */
    static String bytes(long bytes) {
        String[] units = {"字节", "KB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return number(value) + " " + units[unit];
    }

    // at most one decimal, none when it is 0
    private static String number(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        return rounded == Math.rint(rounded)
                ? Long.toString((long) rounded)
                : String.format(Locale.ROOT, "%.1f", rounded);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the size of " + file, e);
        }
    }
}
