package org.lastrada.portal.shared.jpa;

/** Column definitions shared by entities and the Flyway migrations. */
public final class ColumnTypes {

    /**
     * Markdown bodies. MySQL/MariaDB report LONGTEXT by name and H2 (MySQL mode) reports VARCHAR, so the
     * definition names the type for schema validation on MySQL while the Java type stays a plain String.
     */
    public static final String LONG_TEXT = "longtext";

    private ColumnTypes() {
    }
}
