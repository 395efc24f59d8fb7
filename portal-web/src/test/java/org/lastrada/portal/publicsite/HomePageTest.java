package org.lastrada.portal.publicsite;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** The one rule, used by the security chains, the ETags and the home page's mapping, for what "/" is. */
class HomePageTest {

    @Test
    void plainRequestsForSlashAreTheHomePage() {
        assertThat(HomePage.matches(request("", "/", null))).isTrue();
        assertThat(HomePage.matches(request("", "/", "utm_source=newsletter"))).isTrue();
        assertThat(HomePage.matches(request("/portal", "/portal/", null))).isTrue();
    }

    @Test
    void vaadinsRequestsToSlashAndOtherAddressesAreNot() {
        assertThat(HomePage.matches(request("", "/", "v-r=uidl&v-uiId=0"))).isFalse();
        assertThat(HomePage.matches(request("", "/", "v-r=init&location="))).isFalse();
        assertThat(HomePage.matches(request("", "/news", null))).isFalse();
        assertThat(HomePage.matches(request("", "//", null))).isFalse();
        assertThat(HomePage.matches(request("/portal", "/", null))).isFalse();
    }

    private static MockHttpServletRequest request(String contextPath, String uri, String query) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", uri);
        request.setContextPath(contextPath);
        request.setQueryString(query);
        return request;
    }
}
