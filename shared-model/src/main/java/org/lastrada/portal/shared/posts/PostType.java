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

    public String label() {
        return label;
    }
}
