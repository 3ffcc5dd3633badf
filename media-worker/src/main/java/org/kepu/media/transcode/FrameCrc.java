package org.kepu.media.transcode;

import java.util.List;

/** Reads ffmpeg's {@code framecrc} listing: {@code #tb 0: 1/90000}, then {@code stream, dts, pts, duration, size, crc}. */
final class FrameCrc {

    private FrameCrc() {}

    /**
     * The latest presentation time plus duration of the listed packets, in seconds; a packet without
     * a duration counts {@code frameSeconds}. {@link Double#NaN} when nothing is listed.
     */
    static double endSeconds(List<String> lines, double frameSeconds) {
        double unit = Double.NaN;
        double end = Double.NaN;
        for (String line : lines) {
            if (line.startsWith("#tb ")) {
                String[] ratio = line.substring(line.indexOf(':') + 1).strip().split("/");
                unit = Double.parseDouble(ratio[0]) / Double.parseDouble(ratio[1]);
            } else if (!line.startsWith("#") && !line.isBlank() && !Double.isNaN(unit)) {
                String[] f = line.split(",");
                if (f.length < 4) {
                    continue;
                }
                long pts = Long.parseLong(f[2].strip());
                long duration = Long.parseLong(f[3].strip());
                double packetEnd = pts * unit + (duration > 0 ? duration * unit : frameSeconds);
                end = Double.isNaN(end) ? packetEnd : Math.max(end, packetEnd);
            }
        }
        return end;
    }
}
