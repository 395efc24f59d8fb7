package org.lastrada.portal.shared.workflow;

/** What a moderation event is about. */
public enum ItemType {
    POST,
    POST_REVISION,
    PROFILE_REVISION
}
