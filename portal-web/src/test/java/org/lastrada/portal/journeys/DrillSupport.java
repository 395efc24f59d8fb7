package org.lastrada.portal.journeys;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.lastrada.portal.testing.Browser;

/**
 * What the drill classes share ({@link ClusterDrill}, {@link FaultDrill}): the cluster {@code deploy/cluster/drill.sh}
 * started, as its environment names it, and a browser whose people sign in through nginx.
 */
abstract class DrillSupport {

    static final String PROXY = env("DRILL_PROXY_URL");

    static Browser browser;
    static JourneySteps steps;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
        steps = new JourneySteps(browser, PROXY, JourneySteps.portalForm(PROXY));
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    /** The drill's database; waited for (at most a minute) when it is coming back from a drill's stop. */
    static Connection database() throws SQLException {
        SQLException last = null;
        for (int attempt = 0; attempt < 60; attempt++) {
            try {
                return DriverManager.getConnection(env("DRILL_DB_URL"), env("DRILL_DB_USER"), System.getenv().getOrDefault("DRILL_DB_PASSWORD", ""));
            } catch (SQLException e) {
                last = e;
                try {
                    Thread.sleep(1_000);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
        throw last;
    }

    static String env(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set: the drills run through deploy/cluster/drill.sh");
        }
        return value;
    }
}
