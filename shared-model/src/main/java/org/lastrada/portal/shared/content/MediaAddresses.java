package org.lastrada.portal.shared.content;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The addresses of library images. The public site serves {@code /media/<key>-<width>.<jpg|png>} to anyone, only while
 * a public post uses the image; the workspace serves the same files under {@code /workspace-media/} to the staff of the
 * image's organisation and to the secretariat, for previews of what is not public yet. A text refers to an image by
 * its public address; nothing else is ever shown as an image.
 */
public final class MediaAddresses {

    public static final String PUBLIC_PREFIX = "/media/";
    public static final String WORKSPACE_PREFIX = "/workspace-media/";

    public static final String KEY = "[0-9a-f]{32}";
    /** A public address as a text may hold it: key, width and format. */
    public static final Pattern PUBLIC_ADDRESS = Pattern.compile("/media/(" + KEY + ")-(\\d{1,4})\\.(jpg|png)");
    /** The file part of either address, as its controllers receive it. */
    public static final Pattern FILE_NAME = Pattern.compile("(" + KEY + ")-(\\d{1,4})\\.(jpg|png)");

    private MediaAddresses() {
    }

    /** The keys of the images a Markdown or HTML text refers to by their public addresses. */
    public static Set<String> keysIn(String text) {
        Set<String> keys = new LinkedHashSet<>();
        if (text != null) {
            Matcher matcher = PUBLIC_ADDRESS.matcher(text);
            while (matcher.find()) {
                keys.add(matcher.group(1));
            }
        }
        return keys;
    }

    /** The same HTML with its library images at their workspace addresses, for previews in the workspace. */
    public static String forWorkspace(String html) {
        return html == null ? null : html.replace("\"" + PUBLIC_PREFIX, "\"" + WORKSPACE_PREFIX)
                .replace(", " + PUBLIC_PREFIX, ", " + WORKSPACE_PREFIX);
    }
}
