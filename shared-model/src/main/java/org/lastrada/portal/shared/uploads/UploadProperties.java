package org.lastrada.portal.shared.uploads;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where uploaded files live, and how large an image the portal agrees to decode.
 *
 * @param directory folder for logos and publication PDFs (back it up with the database)
 * @param maxImagePixels width x height above which an image is refused before it is decoded (a small file can
 *                       declare a huge image: decoding it would exhaust the memory)
 */
@ConfigurationProperties("portal.uploads")
public record UploadProperties(@DefaultValue("./data/uploads") String directory,
                               @DefaultValue("40000000") long maxImagePixels) {

    @ConstructorBinding
    public UploadProperties {
    }

    /** The given folder with the default pixel limit (40 megapixels). */
    public UploadProperties(String directory) {
        this(directory, 40_000_000);
    }
}
