package org.lastrada.portal;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots the domain model and the members' services (no web layer) for service tests. */
@SpringBootApplication(excludeName = {
        "com.vaadin.flow.spring.SpringBootAutoConfiguration", "com.vaadin.flow.spring.SpringSecurityAutoConfiguration",
        "com.vaadin.flow.spring.VaadinScopesConfig"})
public class MembersTestApplication {
}
