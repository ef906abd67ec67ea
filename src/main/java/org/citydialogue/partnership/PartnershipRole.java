package org.citydialogue.partnership;

import java.util.Arrays;

/** A person's part in a partnership, as ICLD projects are organised. */
public enum PartnershipRole {
    PROJECT_GROUP("project_group"),
    STEERING_COMMITTEE("steering_committee"),
    OBSERVER("observer");

    private final String code;

    PartnershipRole(String code) {
        this.code = code;
    }

    /** The name stored in the database. */
    public String code() {
        return code;
    }

    /** The i18n key of the role's name. */
    public String messageKey() {
        return "partnership.role." + code;
    }

    static PartnershipRole fromCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown partnership role " + code));
    }
}
