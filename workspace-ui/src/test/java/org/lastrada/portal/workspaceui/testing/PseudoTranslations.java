package org.lastrada.portal.workspaceui.testing;

import jakarta.validation.ConstraintViolation;
import java.util.Locale;
import org.lastrada.portal.shared.i18n.PortalMessages;
import org.lastrada.portal.workspaceui.WorkspaceTranslations;

/**
 * The workspace's texts marked as translated: every message of the bundles comes back as {@code ⟦…⟧}, so a text on
 * screen without the marks was not asked of the bundles. A key the bundles lack comes back bare, as in production.
 * {@link PseudoLocaleTest} puts it in place of the real provider.
 */
public class PseudoTranslations extends WorkspaceTranslations {

    public static final String OPEN = "⟦";
    public static final String CLOSE = "⟧";

    public PseudoTranslations() {
        super(PortalMessages.messageSource());
    }

    /** The factory {@code @TestBean} calls. */
    public static WorkspaceTranslations create() {
        return new PseudoTranslations();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        String text = super.getTranslation(key, locale, params);
        return text.equals(key) ? text : OPEN + text + CLOSE;
    }

    @Override
    public String violation(ConstraintViolation<?> violation, Locale locale) {
        return OPEN + super.violation(violation, locale) + CLOSE;
    }
}
