package org.kepu.portal.video;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.kepu.content.video.Caption;
import org.kepu.content.video.CaptionCue;

/**
 * The cues of the page's caption track as text, for the transcript panel: rendered on the server, so the words are
 * there without scripts and for search engines, each a link that starts the player at its second ({@code ?t=}).
 *
 * @param captionId the track the panel shows, the one 长辈模式 turns on
 * @param language the track's language code ({@code zh}, {@code mn}, {@code en})
 * @param htmlLang the {@code lang} the cues are marked with, so a Chinese track keeps Chinese layout under /mn
 * @param lines the cues in time order
 */
record Transcript(long captionId, String language, String htmlLang, List<Line> lines) {

    /**
     * One cue.
     *
     * @param seconds the whole second the link starts at (what {@code ?t=} takes)
     * @param start the exact start, in seconds, for seeking and following playback
     * @param end the exact end, in seconds
     * @param clock the start as people read it: 2:13, or 1:02:13 past an hour
     */
    record Line(long seconds, double start, double end, String clock, String text) {

        static Line of(CaptionCue cue) {
            return new Line(
                    cue.startMillis() / 1000,
                    cue.startMillis() / 1000.0,
                    cue.endMillis() / 1000.0,
                    clock(cue.startMillis() / 1000),
                    cue.text().replace('\n', ' '));
        }

        private static String clock(long seconds) {
            long hours = seconds / 3600;
            long minutes = seconds / 60 % 60;
            return hours > 0
                    ? String.format(Locale.ROOT, "%d:%02d:%02d", hours, minutes, seconds % 60)
                    : String.format(Locale.ROOT, "%d:%02d", minutes, seconds % 60);
        }
    }

    /** The track in the page's language if the video has one, else Chinese, else the first. */
    static Optional<Caption> track(List<Caption> tracks, String pageLanguage) {
        return tracks.stream()
                .filter(c -> c.language().equals(pageLanguage))
                .findFirst()
                .or(() -> tracks.stream().filter(c -> c.language().equals("zh")).findFirst())
                .or(() -> tracks.stream().findFirst());
    }

    static Transcript of(Caption track, List<CaptionCue> cues) {
        return new Transcript(
                track.id(),
                track.language(),
                htmlLang(track.language()),
                cues.stream().map(Line::of).toList());
    }

    private static String htmlLang(String language) {
        return switch (language) {
            case "zh" -> "zh-CN";
            case "mn" -> "mn-Mong";
            default -> language;
        };
    }
}
