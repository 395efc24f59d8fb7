package org.lastrada.portal.shared.media;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How much image work the portal does at once, so that editors uploading large photos never starve the public site.
 *
 * @param imageWorkers  uploads decoded and re-encoded at the same time (each holds up to about 60 MB while it works);
 *                      others wait their turn
 * @param workerWait    how long an upload waits for its turn before it is refused with "try again in a minute"
 * @param maxUploadSize the largest image file accepted
 */
@ConfigurationProperties("portal.media")
public record MediaProperties(@DefaultValue("1") int imageWorkers,
                              @DefaultValue("60s") Duration workerWait,
                              @DefaultValue("15MB") DataSize maxUploadSize) {
}
