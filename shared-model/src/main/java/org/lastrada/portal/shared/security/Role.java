package org.lastrada.portal.shared.security;

/** What a portal account may do; member roles are bound to one organisation, secretariat roles to none. */
public enum Role {
    EDITOR(true),
    ORG_ADMIN(true),
    MODERATOR(false),
    ADMIN(false);

    private final boolean memberRole;

    Role(boolean memberRole) {
        this.memberRole = memberRole;
    }

    /** EDITOR and ORG_ADMIN work for one member organisation. */
    public boolean isMemberRole() {
        return memberRole;
    }

    /** MODERATOR and ADMIN work for the International Secretariat. */
    public boolean isSecretariatRole() {
        return !memberRole;
    }

    /** Its name's key in the message bundles (i18n/workspace): "Organisation admin". */
    public String messageKey() {
        return "workspace.role." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The Spring Security authority, such as {@code ROLE_EDITOR}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
