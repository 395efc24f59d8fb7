package org.lastrada.portal.security;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.security.oauth2.client.OAuth2ClientProperties;
import org.springframework.boot.autoconfigure.security.oauth2.client.OAuth2ClientPropertiesMapper;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Profile;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;

/**
 * Keycloak as the portal reaches it (profile {@code keycloak}). The client registration is read from Keycloak's
 * discovery document when first needed, not at start (Spring Boot's own repository, which this one replaces, reads it
 * at start): the portal, its public site among it, starts and serves while Keycloak is down. And before a person is
 * sent to Keycloak to sign in, the portal asks whether Keycloak answers ({@link #answers}), so that someone whose
 * sign-in cannot work now is told so on the portal's own page instead of meeting a browser error at Keycloak's
 * address. The answer is kept a few seconds: a crowd signing in at once costs Keycloak one request.
 */
@Component
@Profile("keycloak")
@EnableConfigurationProperties(OAuth2ClientProperties.class)
class KeycloakConnection implements ClientRegistrationRepository {

    static final String REGISTRATION = "keycloak";
    private static final Duration KEEP_ANSWER = Duration.ofSeconds(5);
    private static final Duration ASK_TIMEOUT = Duration.ofSeconds(2);
    private static final Logger log = LoggerFactory.getLogger(KeycloakConnection.class);

    private final OAuth2ClientProperties properties;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(ASK_TIMEOUT).build();
    private volatile Map<String, ClientRegistration> registrations;
    private volatile Answer lastAnswer;

    private record Answer(boolean answers, Instant at) {
    }

    KeycloakConnection(OAuth2ClientProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * The registration, read from Keycloak the first time.
     *
     * @throws IllegalArgumentException when Keycloak's discovery document cannot be read (Keycloak down)
     */
    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        Map<String, ClientRegistration> known = registrations;
        return (known != null ? known : resolve()).get(registrationId);
    }

    private synchronized Map<String, ClientRegistration> resolve() {
        if (registrations == null) {
            registrations = new OAuth2ClientPropertiesMapper(properties).asClientRegistrations();
            log.info("Keycloak answered: sign-in through {}", properties.getProvider().get(REGISTRATION).getIssuerUri());
        }
        return registrations;
    }

    /** Whether Keycloak answers now (asked at most every few seconds): its discovery document, within 2 seconds. */
    boolean answers() {
        Answer known = lastAnswer;
        if (known != null && known.at().plus(KEEP_ANSWER).isAfter(clock.instant())) {
            return known.answers();
        }
        return askOnce();
    }

    /** One thread asks; those that come meanwhile wait for its answer rather than ask again. */
    private synchronized boolean askOnce() {
        Answer known = lastAnswer;
        if (known != null && known.at().plus(KEEP_ANSWER).isAfter(clock.instant())) {
            return known.answers();
        }
        boolean answers = ask();
        lastAnswer = new Answer(answers, clock.instant());
        return answers;
    }

    private boolean ask() {
        String issuer = properties.getProvider().get(REGISTRATION).getIssuerUri();
        try {
            HttpResponse<Void> discovery = http.send(HttpRequest.newBuilder(URI.create(issuer + "/.well-known/openid-configuration"))
                    .timeout(ASK_TIMEOUT).GET().build(), HttpResponse.BodyHandlers.discarding());
            if (discovery.statusCode() != 200) {
                log.warn("Keycloak at {} answers {}: sign-in is refused with a message until it answers 200", issuer, discovery.statusCode());
                return false;
            }
            findByRegistrationId(REGISTRATION);
            return true;
        } catch (IOException | RuntimeException e) {
            log.warn("Keycloak at {} does not answer ({}): sign-in is refused with a message until it does", issuer, e.toString());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
