package org.lastrada.portal.shared;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots the domain model alone (JPA, Flyway, services) for repository and service tests. */
@SpringBootApplication
public class SharedModelTestApplication {
}
