package org.lastrada.portal.workspaceui;

import com.vaadin.flow.i18n.I18NProvider;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.List;
import java.util.Locale;
import org.lastrada.portal.shared.i18n.NetworkLanguage;
import org.lastrada.portal.shared.i18n.PortalMessageInterpolator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * Vaadin's source of the workspace's texts ({@code getTranslation(key, args)} in every view): the portal's one
 * message source (shared-model's i18n bundles), in the signed-in person's language. Constraint messages come from
 * the same bundles ({@link PortalMessageInterpolator}).
 */
@Component
public class WorkspaceTranslations implements I18NProvider {

    private static final Logger log = LoggerFactory.getLogger(WorkspaceTranslations.class);

    private final MessageSource messages;
    private final MessageInterpolator constraintMessages = new PortalMessageInterpolator();

    public WorkspaceTranslations(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return NetworkLanguage.locales();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            return messages.getMessage(key, params, NetworkLanguage.of(locale).locale());
        } catch (NoSuchMessageException missing) {
            // MessageBundlesTest keeps the bundles whole; a key absent from the English one is a programming error,
            // shown as itself rather than as an error page.
            log.warn("No message '{}' in the bundles", key);
            return key;
        }
    }

    /**
     * A constraint's message in the reader's language: worded again from its template, since the service that checked
     * it knew nothing of the reader.
     */
    public String violation(ConstraintViolation<?> violation, Locale locale) {
        try {
            return constraintMessages.interpolate(violation.getMessageTemplate(), new ViolationContext(violation),
                    NetworkLanguage.of(locale).locale());
        } catch (RuntimeException notInterpolated) {
            log.warn("Constraint message '{}' not worded again", violation.getMessageTemplate(), notInterpolated);
            return violation.getMessage();
        }
    }

    /** What a message template may refer to: the constraint's attributes ({max}) and the value that broke it. */
    private record ViolationContext(ConstraintViolation<?> violation) implements MessageInterpolator.Context {

        @Override
        public ConstraintDescriptor<?> getConstraintDescriptor() {
            return violation.getConstraintDescriptor();
        }

        @Override
        public Object getValidatedValue() {
            return violation.getInvalidValue();
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            return violation.unwrap(type);
        }
    }
}
