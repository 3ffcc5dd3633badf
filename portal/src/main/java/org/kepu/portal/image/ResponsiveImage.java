package org.kepu.portal.image;

/**
 * What an {@code <img>} needs to load the right size and reserve its space before it arrives.
 *
 * @param src the fallback URL (a middle width)
 * @param largest the URL of the widest variant, for Open Graph
 * @param srcset every stored variant with its width
 * @param width intrinsic width of the widest variant
 * @param height intrinsic height of the widest variant
 * @param alt the text alternative
 */
public record ResponsiveImage(String src, String largest, String srcset, int width, int height, String alt) {}
