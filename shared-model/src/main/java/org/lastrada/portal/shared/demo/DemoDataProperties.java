package org.lastrada.portal.shared.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Demo data: on in the default profile so the portal can be tried at once, off in production profiles.
 *
 * @param enabled  seed the demo network, pages, posts and accounts at start-up (once; idempotent)
 * @param password the password of every demo account
 */
@ConfigurationProperties("portal.demo")
public record DemoDataProperties(@DefaultValue("false") boolean enabled, @DefaultValue("Strada-Demo-2026") String password) {
}
