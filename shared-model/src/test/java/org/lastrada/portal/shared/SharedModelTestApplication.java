package org.lastrada.portal.shared;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.TestComponent;

/**
 * Boots the domain model alone (JPA, Flyway, services) for repository and service tests. Marked as a test
 * component so that the other modules' tests, which see it in this module's test-jar, never scan it in as a
 * second auto-configuration root (every repository would be registered twice).
 */
@SpringBootApplication
@TestComponent
public class SharedModelTestApplication {
}
