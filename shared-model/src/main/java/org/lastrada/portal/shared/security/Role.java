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

    /** The Spring Security authority, such as {@code ROLE_EDITOR}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
