package org.citydialogue.open311;

import org.citydialogue.cases.CaseSettings;
import org.citydialogue.i18n.SupportedLanguage;
import org.citydialogue.identity.ApiClient;
import org.citydialogue.tenancy.Tenant;

/**
 * The tenant a call is for, its case catalogue, the language asked for, and the authenticated
 * client, if any (always one of this tenant's own: another tenant's client is refused before).
 */
public record Jurisdiction(Tenant tenant, CaseSettings settings, SupportedLanguage language, ApiClient client) {

    public String id() {
        return tenant.id();
    }

    public boolean authenticated() {
        return client != null;
    }
}
