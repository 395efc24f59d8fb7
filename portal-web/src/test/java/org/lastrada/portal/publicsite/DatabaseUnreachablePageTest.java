package org.lastrada.portal.publicsite;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.Map;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.DefaultErrorAttributes;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.HandlerExceptionResolver;

/** A public page asked while the database does not answer: 503, Retry-After and the reason in the page's language. */
class DatabaseUnreachablePageTest {

    private final PublicRefusal.Reasons reasons = new PublicRefusal.Reasons();

    @Test
    void aRequestThatCouldNotReachTheDatabaseIsAnswered503WithRetryAfter() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/news");
        MockHttpServletResponse response = new MockHttpServletResponse();

        assertThat(reasons.databaseUnreachable().resolveException(request, response, null, noConnection())).isNotNull();
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("60");
    }

    @Test
    void anyOtherErrorIsLeftToTheOtherResolvers() {
        MockHttpServletResponse response = new MockHttpServletResponse();
        HandlerExceptionResolver resolver = reasons.databaseUnreachable();
        assertThat(resolver.resolveException(new MockHttpServletRequest(), response, null, new IllegalStateException("a bug"))).isNull();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("Retry-After")).isNull();
    }

    @Test
    void theErrorPageSaysWhyInThePagesLanguage() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/site");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        DefaultErrorAttributes attributes = reasons.errorAttributes(messages);
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/pl/news");
        request.setAttribute("jakarta.servlet.error.status_code", 503);
        request.setAttribute("jakarta.servlet.error.exception", noConnection());
        LocaleContextHolder.setLocale(Locale.forLanguageTag("pl"));
        try {
            Map<String, Object> shown = attributes.getErrorAttributes(new ServletWebRequest(request),
                    ErrorAttributeOptions.of(ErrorAttributeOptions.Include.MESSAGE));
            assertThat(shown.get("message")).isEqualTo("Portal nie może w tej chwili połączyć się ze swoją bazą danych, więc tej "
                    + "strony nie da się wyświetlić. Spróbuj ponownie za minutę.");
            assertThat(shown).doesNotContainKey("trace");
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    private static Exception noConnection() {
        return new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
                new JDBCConnectionException("Unable to acquire JDBC Connection",
                        new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 10000ms")));
    }
}
