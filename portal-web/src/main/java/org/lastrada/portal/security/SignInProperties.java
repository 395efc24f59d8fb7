package org.lastrada.portal.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Local sign-in rules.
 *
 * @param maxFailedAttempts failed sign-ins in a row after which an account is locked
 * @param lockDuration      how long such a lock lasts
 */
@ConfigurationProperties("portal.sign-in")
public record SignInProperties(@DefaultValue("5") int maxFailedAttempts, @DefaultValue("15m") Duration lockDuration) {
}
