package org.lastrada.portal.journeys;

import static org.lastrada.portal.testing.Requires.Prerequisite.CHROMIUM;
import static org.lastrada.portal.testing.Requires.Prerequisite.KEYCLOAK;

import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lastrada.portal.shared.organisations.MemberOrganisationRepository;
import org.lastrada.portal.shared.profiles.ProfileRevisionRepository;
import org.lastrada.portal.testing.Browser;
import org.lastrada.portal.testing.Requires;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Journey 7: journeys 1-2 and 3 again with the keycloak profile, everyone signing in on the login page of the
 * real Keycloak that .ci/run starts (same portal set-up as KeycloakSignInIT, so both share one server).
 */
@Requires({CHROMIUM, KEYCLOAK})
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = {
        "server.port=${PORTAL_TEST_KEYCLOAK_PORTAL_PORT:18081}",
        "spring.security.oauth2.client.provider.keycloak.issuer-uri=${PORTAL_TEST_KEYCLOAK_URL}/realms/lsi",
        "spring.security.oauth2.client.registration.keycloak.client-secret=${PORTAL_TEST_KEYCLOAK_CLIENT_SECRET}"})
@ActiveProfiles({"test", "keycloak"})
class KeycloakJourneysIT {

    private static final String PORTAL = "http://localhost:" + System.getenv().getOrDefault("PORTAL_TEST_KEYCLOAK_PORTAL_PORT", "18081");

    private static Browser browser;

    @Autowired MemberOrganisationRepository organisations;
    @Autowired ProfileRevisionRepository profileRevisions;

    private JourneySteps steps;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @BeforeEach
    void prepareSteps() {
        steps = new JourneySteps(browser, PORTAL, JourneySteps.keycloak(PORTAL));
    }

    @Test
    void profileChangeThroughKeycloak() throws IOException {
        steps.profileChangeIsPublicOnlyOnceApproved("poland.editor", "la-strada-poland", "moderator", organisations, profileRevisions);
    }

    @Test
    void statementReviewThroughKeycloak() {
        steps.statementGoesThroughRequestedChangesToThePublic("ukraine.editor", "la-strada-ukraine", "moderator");
    }
}
