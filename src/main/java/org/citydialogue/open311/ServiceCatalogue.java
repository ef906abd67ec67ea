package org.citydialogue.open311;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.citydialogue.cases.CaseSettings;
import org.citydialogue.cases.Choice;
import org.citydialogue.i18n.Msg;
import org.citydialogue.i18n.SupportedLanguage;
import org.citydialogue.i18n.Translations;
import org.citydialogue.tenancy.Department;
import org.springframework.stereotype.Service;

/**
 * A city's services as Open311 lists them: one per category of its case catalogue, grouped by the
 * department that usually handles it, named in the language asked for; and the discovery document.
 */
@Service
public class ServiceCatalogue {

    static final String SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";
    /** When this API's description last changed: discovery's changeset. */
    private static final Instant CHANGESET = Instant.parse("2026-11-22T00:00:00Z");

    private final Translations translations;

    ServiceCatalogue(Translations translations) {
        this.translations = translations;
    }

    public Document services(Jurisdiction where) {
        List<Map<String, Object>> services = new ArrayList<>();
        for (CaseSettings.Category category : where.settings().categories()) {
            Map<String, Object> service = new LinkedHashMap<>();
            service.put("service_code", category.code());
            service.put("service_name", name(category.choice(), where.language()));
            service.put("description", null);
            service.put("metadata", true);
            service.put("type", "realtime");
            service.put("keywords", null);
            service.put("group", group(where, category));
            services.add(service);
        }
        return Document.list("services", "service", services);
    }

    public Document definition(Jurisdiction where, String serviceCode) {
        CaseSettings.Category category = where.settings().category(serviceCode).orElseThrow(
                () -> Open311Exception.notFound("service_code " + Jurisdictions.clip(serviceCode) + " is not offered"));
        List<Map<String, Object>> attributes = new ArrayList<>();
        int order = 1;
        for (ServiceAttribute attribute : ServiceAttribute.ALL) {
            Map<String, Object> field = new LinkedHashMap<>();
            field.put("variable", true);
            field.put("code", attribute.code());
            field.put("datatype", attribute.datatype().spec());
            field.put("required", false);
            field.put("datatype_description", text(where, attribute.helpKey()));
            field.put("order", order++);
            field.put("description", text(where, attribute.nameKey()));
            List<Map<String, Object>> values = values(where, attribute);
            if (!values.isEmpty()) {
                field.put("values", new Document.Items("value", values));
            }
            attributes.add(field);
        }
        Map<String, Object> definition = new LinkedHashMap<>();
        definition.put("service_code", category.code());
        definition.put("attributes", new Document.Items("attribute", attributes));
        return Document.object("service_definition", definition);
    }

    public Document discovery(Jurisdiction where, String endpointUrl) {
        Map<String, Object> endpoint = new LinkedHashMap<>();
        endpoint.put("specification", SPECIFICATION);
        endpoint.put("url", endpointUrl);
        endpoint.put("changeset", Dates.format(CHANGESET, where.tenant()));
        endpoint.put("type", "production");
        endpoint.put("formats", new Document.Items("format", List.of("text/xml", "application/json")));
        Map<String, Object> discovery = new LinkedHashMap<>();
        discovery.put("changeset", Dates.format(CHANGESET.truncatedTo(ChronoUnit.SECONDS), where.tenant()));
        discovery.put("contact", text(where, Msg.key("open311.discovery.contact"), where.tenant().name(
                where.language().locale())));
        discovery.put("key_service", text(where, Msg.key("open311.discovery.key-service")));
        discovery.put("endpoints", new Document.Items("endpoint", List.of(endpoint)));
        return Document.object("discovery", discovery);
    }

    /** The name of a value the client may choose, in the language asked for. */
    private List<Map<String, Object>> values(Jurisdiction where, ServiceAttribute attribute) {
        List<Map<String, Object>> values = new ArrayList<>();
        if (ServiceAttribute.KIND.equals(attribute.code())) {
            where.settings().kinds().forEach(kind -> values.add(value(kind.code(), name(kind, where.language()))));
        } else if (ServiceAttribute.LANGUAGE.equals(attribute.code())) {
            for (SupportedLanguage language : SupportedLanguage.values()) {
                values.add(value(language.tag(), text(where, language.nameKey())));
            }
        } else {
            attribute.values().forEach(v -> values.add(value(v, text(where, ServiceAttribute.affectedKey(v)))));
        }
        return values;
    }

    private static Map<String, Object> value(String key, String name) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("key", key);
        value.put("name", name);
        return value;
    }

    private String group(Jurisdiction where, CaseSettings.Category category) {
        return where.tenant().departments().stream().filter(d -> d.code().equals(category.department()))
                .findFirst().map(d -> departmentName(d, where)).orElse(null);
    }

    static String departmentName(Department department, Jurisdiction where) {
        return department.name(where.language().locale());
    }

    static String name(Choice choice, SupportedLanguage language) {
        return choice.name(language.locale());
    }

    private String text(Jurisdiction where, String key, Object... params) {
        return translations.translate(where.language(), key, params);
    }
}
