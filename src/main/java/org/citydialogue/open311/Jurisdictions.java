package org.citydialogue.open311;

import java.util.Locale;
import java.util.Optional;
import org.citydialogue.cases.CaseCatalogue;
import org.citydialogue.cases.CaseSettings;
import org.citydialogue.i18n.LanguageChoice;
import org.citydialogue.i18n.SupportedLanguage;
import org.citydialogue.identity.ApiClient;
import org.citydialogue.tenancy.Tenant;
import org.citydialogue.tenancy.TenantDirectory;
import org.springframework.stereotype.Service;

/**
 * Which tenant a call is for. One endpoint serves every city, so {@code jurisdiction_id} names it;
 * an authenticated client may leave it out and always gets its own tenant, and a client naming
 * another tenant is refused (403). Anonymous callers only ever read what a tenant publishes.
 */
@Service
public class Jurisdictions {

    private final TenantDirectory tenants;
    private final CaseCatalogue catalogue;

    Jurisdictions(TenantDirectory tenants, CaseCatalogue catalogue) {
        this.tenants = tenants;
        this.catalogue = catalogue;
    }

    /**
     * @param locale         the {@code locale} parameter, if any
     * @param acceptLanguage the {@code Accept-Language} header, if any
     */
    public Jurisdiction resolve(String jurisdictionId, ApiClient client, String locale, String acceptLanguage) {
        String id = jurisdictionId == null || jurisdictionId.isBlank() ? null : jurisdictionId.strip();
        if (id == null && client == null) {
            throw Open311Exception.badRequest("jurisdiction_id is required: this endpoint serves several cities");
        }
        if (id != null && client != null && !client.tenantId().equals(id)) {
            throw Open311Exception.forbidden("The client " + client.clientId() + " may not act for " + clip(id));
        }
        String tenantId = id != null ? id : client.tenantId();
        Tenant tenant = tenants.find(tenantId).orElseThrow(() -> unknown(tenantId));
        CaseSettings settings = catalogue.of(tenant.id()).orElseThrow(() -> unknown(tenantId));
        return new Jurisdiction(tenant, settings, language(locale, acceptLanguage, tenant), client);
    }

    /** The {@code locale} parameter, else the first supported language of the header, else the tenant's. */
    static SupportedLanguage language(String locale, String acceptLanguage, Tenant tenant) {
        if (locale != null && !locale.isBlank()) {
            return SupportedLanguage.lookup(Locale.forLanguageTag(locale.strip().replace('_', '-')))
                    .orElseThrow(() -> Open311Exception.badRequest("locale must be one of en, sv, zh-Hans"));
        }
        Optional<SupportedLanguage> asked = LanguageChoice.browserLocales(acceptLanguage).stream()
                .map(SupportedLanguage::lookup).flatMap(Optional::stream).findFirst();
        return asked.orElseGet(() -> SupportedLanguage.match(tenant.defaultLocale()));
    }

    private static Open311Exception unknown(String id) {
        return Open311Exception.notFound("jurisdiction_id " + clip(id) + " is not a city served here");
    }

    /** Echoed input is cut short: an error never repeats a whole hostile string. */
    public static String clip(String value) {
        String printable = value.replaceAll("\\p{Cntrl}", "?");
        return printable.length() > 40 ? printable.substring(0, 40) + "…" : printable;
    }
}
