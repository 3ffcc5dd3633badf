package org.kepu.media.transcode;

import java.util.List;

/** Reads ffmpeg's {@code framecrc} listing: {@code #tb 0: 1/90000}, then {@code stream, dts, pts, duration, size, crc}. */
final class FrameCrc {

    private FrameCrc() {}

    /**
     * The latest presentation time plus duration of the listed packets of output stream
     * {@code stream}, in seconds; a packet without a duration counts {@code frameSeconds}.
     * {@link Double#NaN} when none is listed.
     */
    static double endSeconds(List<String> lines, int stream, double frameSeconds) {
        String timeBase = "#tb " + stream + ":";
        double unit = Double.NaN;
        double end = Double.NaN;
        for (String line : lines) {
            if (line.startsWith(timeBase)) {
                String[] ratio = line.substring(timeBase.length()).strip().split("/");
                unit = Double.parseDouble(ratio[0]) / Double.parseDouble(ratio[1]);
            } else if (!line.startsWith("#") && !line.isBlank() && !Double.isNaN(unit)) {
                String[] f = line.split(",");
                if (f.length < 4 || Integer.parseInt(f[0].strip()) != stream) {
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
