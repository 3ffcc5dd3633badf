package org.kepu.media.transcode;

import java.util.ArrayList;
import java.util.List;

/**
 * Plans the HLS ladder for a source: standard sizes by the short side, never upscaled, portrait
 * kept portrait, and at least two rungs whenever the source's short side is 240 or more, so a
 * player on a weak connection always has somewhere to step down to.
 */
public class LadderPlanner {

    private static final int[] STANDARD_SHORT_SIDES = {1080, 720, 480, 360};
    private static final int EXTRA_SHORT_SIDE = 240;

    /** Renditions from the highest to the lowest. */
    public List<Rendition> plan(MediaProbe probe) {
        int longSide = Math.max(probe.displayWidth(), probe.displayHeight());
        int shortSide = Math.min(probe.displayWidth(), probe.displayHeight());
        boolean portrait = probe.isPortrait();
        List<Integer> shortSides = new ArrayList<>();
        for (int candidate : STANDARD_SHORT_SIDES) {
            if (candidate <= shortSide) {
                shortSides.add(candidate);
            }
        }
        if (shortSides.isEmpty()) {
            shortSides.add(floorEven(shortSide));
        }
        int lowest = shortSides.get(shortSides.size() - 1);
        if (shortSides.size() == 1 && shortSide >= EXTRA_SHORT_SIDE) {
            shortSides.add(lowest > EXTRA_SHORT_SIDE ? EXTRA_SHORT_SIDE : floorEven(lowest / 2));
        }
        List<Rendition> ladder = new ArrayList<>();
        for (int side : shortSides) {
            ladder.add(rendition(side, scaledLongSide(longSide, shortSide, side), portrait));
        }
        return List.copyOf(ladder);
    }

    private static Rendition rendition(int shortSide, int longSide, boolean portrait) {
        int width = portrait ? shortSide : longSide;
        int height = portrait ? longSide : shortSide;
        return new Rendition(width, height, videoKbps(shortSide), audioKbps(shortSide));
    }

    private static int scaledLongSide(int sourceLong, int sourceShort, int targetShort) {
        if (targetShort >= sourceShort) {
            return floorEven(sourceLong); // the source's own size: no rounding up past it
        }
        return Math.max(2, 2 * (int) Math.round(sourceLong * (double) targetShort / sourceShort / 2));
    }

    private static int floorEven(int pixels) {
        return Math.max(2, pixels - pixels % 2);
    }

    // about what streaming services use for H.264 at 25-30 fps, rounded
    private static int videoKbps(int shortSide) {
        if (shortSide >= 1080) {
            return 5000;
        }
        if (shortSide >= 720) {
            return 2800;
        }
        if (shortSide >= 480) {
            return 1400;
        }
        if (shortSide >= 360) {
            return 800;
        }
        return shortSide >= 240 ? 450 : 250;
    }

    private static int audioKbps(int shortSide) {
        return shortSide >= 480 ? 128 : shortSide >= 360 ? 96 : 64;
    }
}
