package org.lastrada.portal.testing;

import java.io.IOException;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a test class needs from the machine besides the JDK: without it the class is skipped with the reason on a
 * developer's machine, and fails under {@code CI=true} (see {@link Prerequisites}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(Prerequisites.class)
public @interface Requires {

    Prerequisite[] value();

    /** Something a test needs, how to tell it is there, and how .ci/run provides it. */
    enum Prerequisite {

        /** Debian's Chromium, which Playwright drives (its own browser download is never used). */
        CHROMIUM("Chromium: nothing executable at " + Browser.CHROMIUM + " (PORTAL_TEST_CHROMIUM names another)",
                ".ci/run installs Debian's chromium package with apt-get") {
            @Override
            boolean isPresent() {
                return Browser.available();
            }
        },

        /** npm, to install axe-core from the npm registry. */
        NPM("npm: `npm --version` did not run", ".ci/run installs Debian's npm package when the machine has none") {
            @Override
            boolean isPresent() {
                return npmRuns();
            }
        },

        /**
         * A Keycloak serving the realm of deploy/keycloak/ at PORTAL_TEST_KEYCLOAK_URL, and the portal client's secret there
         * in PORTAL_TEST_KEYCLOAK_CLIENT_SECRET. .ci/run starts Keycloak in the background while the build runs, so
         * a Keycloak that is named but not answering yet is given a few minutes.
         */
        KEYCLOAK("Keycloak: PORTAL_TEST_KEYCLOAK_URL and PORTAL_TEST_KEYCLOAK_CLIENT_SECRET must name a Keycloak serving the realm lsi "
                + "of deploy/keycloak/ (within 3 minutes) and the portal client's secret there",
                ".ci/run starts Keycloak from Maven Central with that realm, exports both and logs to target/keycloak/keycloak.log") {
            @Override
            boolean isPresent() {
                String url = System.getenv("PORTAL_TEST_KEYCLOAK_URL");
                return isSet(url) && isSet(System.getenv("PORTAL_TEST_KEYCLOAK_CLIENT_SECRET"))
                        && answers(URI.create(url + "/realms/lsi/.well-known/openid-configuration"), Duration.ofMinutes(3));
            }
        };

        private final String missing;
        private final String howCiProvidesIt;

        Prerequisite(String missing, String howCiProvidesIt) {
            this.missing = missing;
            this.howCiProvidesIt = howCiProvidesIt;
        }

        abstract boolean isPresent();

        /** What is missing, when it is. */
        String missing() {
            return missing;
        }

        String howCiProvidesIt() {
            return howCiProvidesIt;
        }

        private static boolean isSet(String value) {
            return value != null && !value.isBlank();
        }

        private static boolean npmRuns() {
            try {
                Process version = new ProcessBuilder("npm", "--version").redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                return version.waitFor(1, TimeUnit.MINUTES) && version.exitValue() == 0;
            } catch (IOException noNpm) {
                return false;
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        private static boolean answers(URI address, Duration patience) {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            HttpRequest request = HttpRequest.newBuilder(address).timeout(Duration.ofSeconds(10)).build();
            Instant giveUp = Instant.now().plus(patience);
            try {
                while (true) {
                    try {
                        if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                            return true;
                        }
                    } catch (IOException startingUp) {
                        // refused until Keycloak listens: ask again
                    }
                    if (Instant.now().isAfter(giveUp)) {
                        return false;
                    }
                    Thread.sleep(1000);
                }
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }
}
