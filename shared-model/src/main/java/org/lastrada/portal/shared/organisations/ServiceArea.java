package org.lastrada.portal.shared.organisations;

import java.util.Arrays;
import java.util.Optional;

/** The fixed vocabulary of services a member organisation offers, with the code used in URLs and data. */
public enum ServiceArea {
    HELPLINE("helpline", "Helpline"),
    SHELTER("shelter", "Shelter"),
    LEGAL_AID("legal-aid", "Legal aid"),
    SOCIAL_ASSISTANCE("social-assistance", "Social assistance"),
    PSYCHOLOGICAL_SUPPORT("psychological-support", "Psychological support"),
    PREVENTION("prevention", "Prevention"),
    EDUCATION("education", "Education"),
    ADVOCACY("advocacy", "Advocacy"),
    RESEARCH("research", "Research"),
    MONITORING("monitoring", "Monitoring"),
    CAPACITY_BUILDING("capacity-building", "Capacity building");

    private final String code;
    private final String label;

    ServiceArea(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    /** The English name, for logs and the audit; what people read comes from {@link #messageKey()}. */
    public String label() {
        return label;
    }

    /** Its name's key in the message bundles (i18n/common). */
    public String messageKey() {
        return "service." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static Optional<ServiceArea> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
