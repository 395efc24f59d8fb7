package org.lastrada.portal.workspaceui;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.lastrada.portal.shared.i18n.NetworkLanguage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * Vaadin's source of the workspace's texts ({@code getTranslation(key, args)} in every view): the portal's one
 * message source (shared-model's i18n bundles), in the signed-in person's language.
 */
@Component
public class WorkspaceTranslations implements I18NProvider {

    private static final Logger log = LoggerFactory.getLogger(WorkspaceTranslations.class);

    private final MessageSource messages;

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
}
