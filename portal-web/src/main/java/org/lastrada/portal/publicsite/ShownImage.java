package org.lastrada.portal.publicsite;

import org.lastrada.portal.shared.content.MediaSize;

/** What the public site shows of a library image: its variants and size, and its alt text ("" for a decorative one). */
public record ShownImage(MediaSize size, String alt) {

    /** The variant to give as src for an image shown about {@code shownWidth} pixels wide. */
    public String src(int shownWidth) {
        return size.url(size.widthFor(shownWidth));
    }

    public int width(int shownWidth) {
        return size.widthFor(shownWidth);
    }

    public int height(int shownWidth) {
        return size.heightAt(size.widthFor(shownWidth));
    }

    public String srcset() {
        return size.srcset();
    }
}
