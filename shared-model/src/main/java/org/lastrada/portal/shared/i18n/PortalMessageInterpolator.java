package org.lastrada.portal.shared.i18n;

import jakarta.validation.MessageInterpolator;
import java.util.Locale;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.springframework.validation.beanvalidation.MessageSourceResourceBundleLocator;

/**
 * Bean Validation's messages from the portal's bundles, in the reader's language: a constraint's template
 * ({@code {workspace.validation.slug}}, or a standard one such as {@code {jakarta.validation.constraints.NotBlank.message}})
 * is a key of i18n/workspace. Named in META-INF/validation.xml, so every validator built the standard way uses it:
 * Vaadin's BeanValidationBinder, which checks a form in the UI's locale, and the workspace when it words a service's
 * refusal. Spring Boot's own validator reaches the same bundles through the application context's message source.
 * Without a locale it speaks English, never the machine's language.
 */
public class PortalMessageInterpolator implements MessageInterpolator {

    private final MessageInterpolator bundles = new ResourceBundleMessageInterpolator(
            new MessageSourceResourceBundleLocator(PortalMessages.messageSource()));

    @Override
    public String interpolate(String messageTemplate, Context context) {
        return interpolate(messageTemplate, context, Locale.ENGLISH);
    }

    @Override
    public String interpolate(String messageTemplate, Context context, Locale locale) {
        return bundles.interpolate(messageTemplate, context, NetworkLanguage.of(locale).locale());
    }
}
