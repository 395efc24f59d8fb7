package org.lastrada.portal.shared.content;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What a page needs to show an image without layout shift and at the right size for the screen: its variants' widths
 * (ascending) and the size of its largest one. Never changes for a key, so it may be cached for good.
 */
public record MediaSize(String key, String format, int width, int height, List<Integer> widths) {

    public MediaSize {
        widths = List.copyOf(widths);
    }

    /** The address of the variant of the given width. */
    public String url(int variantWidth) {
        return MediaAddresses.PUBLIC_PREFIX + key + "-" + variantWidth + "." + format;
    }

    /** The smallest variant at least the given width wide, else the largest. */
    public int widthFor(int wanted) {
        return widths.stream().filter(w -> w >= wanted).findFirst().orElse(width);
    }

    /** Every variant, for an img element's srcset: "/media/k-480.jpg 480w, /media/k-960.jpg 960w". */
    public String srcset() {
        return widths.stream().map(w -> url(w) + " " + w + "w").collect(Collectors.joining(", "));
    }

    /** The height of the variant of the given width, in proportion. */
    public int heightAt(int variantWidth) {
        return Math.max(1, Math.round((float) height * variantWidth / width));
    }

    public boolean hasWidth(int variantWidth) {
        return widths.contains(variantWidth);
    }
}
