package org.lastrada.portal.shared.posts;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What kind of gathering an event is: the events page's "type of event" filter. */
public enum EventKind {
    CONFERENCE,
    TRAINING,
    WEBINAR,
    MEETING,
    CAMPAIGN,
    OTHER;

    /** Its code in addresses ({@code ?kind=webinar}). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<EventKind> fromCode(String code) {
        return code == null ? Optional.empty()
                : Arrays.stream(values()).filter(kind -> kind.code().equals(code.strip().toLowerCase(Locale.ROOT))).findFirst();
    }

    /** Its name's key in the message bundles (i18n/common). */
    public String messageKey() {
        return "event-kind." + code();
    }
}
