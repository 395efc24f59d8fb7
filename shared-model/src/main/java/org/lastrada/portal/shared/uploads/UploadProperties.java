package org.lastrada.portal.shared.uploads;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where uploaded files live.
 *
 * @param directory folder for logos and publication PDFs (back it up with the database)
 */
@ConfigurationProperties("portal.uploads")
public record UploadProperties(@DefaultValue("./data/uploads") String directory) {
}
