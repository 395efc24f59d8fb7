package org.lastrada.portal;

import org.lastrada.portal.workspaceui.testing.WorkspaceTestSecurity;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/**
 * Boots what the secretariat's services and views need, without portal-web: the domain model (JPA, Flyway, the
 * demo network of {@code portal.demo.enabled}, see the test application.properties), this module's services and
 * views, Vaadin's Spring integration and the workspace's security ({@link WorkspaceTestSecurity}), so
 * {@code @RolesAllowed} is enforced. One application for the service tests and the view tests: they share one
 * Spring context, which boots once per test run, and Vaadin's part of it costs the service tests next to nothing.
 */
@SpringBootApplication
@Import(WorkspaceTestSecurity.class)
public class SecretariatTestApplication {
}
