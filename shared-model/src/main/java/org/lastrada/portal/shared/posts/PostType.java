package org.lastrada.portal.shared.posts;

/** The kinds of post a member organisation publishes. */
public enum PostType {
    NEWS("News"),
    STATEMENT("Statement"),
    EVENT("Event"),
    PUBLICATION("Publication");

    private final String label;

    PostType(String label) {
        this.label = label;
    }

    /** The English name, for logs and the audit; what people read comes from {@link #messageKey()}. */
    public String label() {
        return label;
    }

    /** Its name's key in the message bundles (i18n/common). */
    public String messageKey() {
        return "post-type." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
