package org.kepu.portal.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/** Downscaling in steps of at most half, so that a large source gives a smooth small image, not an aliased one. */
final class ImageScaling {

    private ImageScaling() {}

    /** The image as 8-bit RGB on white (JPEG has no transparency), the fast type for every later step. */
    static BufferedImage opaque(BufferedImage source) {
        if (source.getType() == BufferedImage.TYPE_INT_RGB) {
            return source;
        }
        return draw(source, source.getWidth(), source.getHeight(), RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
    }

    static BufferedImage toWidth(BufferedImage source, int width) {
        BufferedImage current = source;
        while (current.getWidth() / 2 >= width) {
            current = draw(
                    current,
                    current.getWidth() / 2,
                    height(current, current.getWidth() / 2),
                    RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        }
        if (current.getWidth() == width) {
            return current;
        }
        return draw(current, width, height(current, width), RenderingHints.VALUE_INTERPOLATION_BICUBIC);
    }

    private static int height(BufferedImage image, int width) {
        return Math.max(1, Math.round(image.getHeight() * (width / (float) image.getWidth())));
    }

    private static BufferedImage draw(BufferedImage source, int width, int height, Object interpolation) {
        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(Color.WHITE); // transparent PNGs get a white background in JPEG
            g.fillRect(0, 0, width, height);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }
}
