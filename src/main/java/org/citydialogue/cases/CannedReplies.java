package org.citydialogue.cases;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.citydialogue.tenancy.SectionReader;
import org.citydialogue.tenancy.Tenant;
import org.citydialogue.tenancy.TenantDirectory;
import org.citydialogue.tenancy.TenantFileSection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Each city's canned replies and knowledge-base answers, from {@code tenants/replies/<tenant>.yaml},
 * read once at start-up; a bad file stops it with one line naming file, field and problem.
 * A tenant without a file has no canned replies.
 */
@Service
public class CannedReplies {

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final Set<String> LANGUAGES = Set.of("sv", "en", "zh-Hans");

    /** One entry as in the file: texts by language. */
    record Entry(String code, String category, Map<String, String> texts) {
    }

    private final TenantDirectory tenants;
    private final Map<String, List<Entry>> byTenant = new HashMap<>();

    @Autowired
    CannedReplies(@Value("${citydialogue.tenants.dir:tenants}") Path tenantsDir, TenantDirectory tenants,
            CaseCatalogue catalogue) {
        this.tenants = tenants;
        Path folder = tenantsDir.resolve("replies");
        for (Tenant tenant : tenants.all()) {
            Path file = folder.resolve(tenant.id() + ".yaml");
            if (Files.isRegularFile(file)) {
                byTenant.put(tenant.id(), read(file, tenant, catalogue));
            }
        }
    }

    static List<Entry> read(Path file, Tenant tenant, CaseCatalogue catalogue) {
        String name = "replies/" + file.getFileName();
        JsonNode root;
        try {
            root = YAML.readTree(file.toFile());
        } catch (JacksonException e) {
            throw new TenantFileSection(name, "(file)", null)
                    .problem("", "not valid YAML: " + String.valueOf(e.getOriginalMessage()).replaceAll("\\s+", " "));
        }
        TenantFileSection file0 = new TenantFileSection(name, "replies", root);
        JsonNode list = root == null || !root.isObject() ? null : root.get("replies");
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw file0.problem("", "is required: a list of replies (code, category, text)");
        }
        if (root.size() > 1) {
            throw file0.problem("", "must be the file's only key");
        }
        String defaultLanguage = tenant.defaultLocale().toLanguageTag();
        List<Entry> entries = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode item = list.get(i);
            SectionReader in = new SectionReader(new TenantFileSection(name, "replies[" + i + "]", item));
            in.onlyKnown(item, Set.of("code", "category", "text"), "");
            String code = in.text(item, "code", "", true);
            if (!codes.add(code)) {
                throw in.problem("code", "'" + code + "' is used twice");
            }
            String category = in.text(item, "category", "", false);
            if (category != null && catalogue.of(tenant.id()).flatMap(s -> s.category(category)).isEmpty()) {
                throw in.problem("category", "'" + category + "' is not a category of " + tenant.id());
            }
            Map<String, String> texts = in.names(item, "text", "");
            if (!texts.containsKey(defaultLanguage)) {
                throw in.problem("text." + defaultLanguage, "is required: the city's own language");
            }
            entries.add(new Entry(code, category, texts));
        }
        return List.copyOf(entries);
    }

    /**
     * The replies for a case of {@code category} (those for that category first, then those for any
     * case), each in the resident's language, else the city's, else English.
     */
    public List<CannedReply> suggestions(String tenantId, String category, String residentLanguage) {
        String fallback = tenants.require(tenantId).defaultLocale().toLanguageTag();
        List<CannedReply> specific = new ArrayList<>();
        List<CannedReply> general = new ArrayList<>();
        for (Entry entry : byTenant.getOrDefault(tenantId, List.of())) {
            if (entry.category() != null && !entry.category().equals(category)) {
                continue;
            }
            String language = residentLanguage != null && LANGUAGES.contains(residentLanguage)
                    && entry.texts().containsKey(residentLanguage) ? residentLanguage
                    : entry.texts().containsKey(fallback) ? fallback : "en";
            CannedReply reply = new CannedReply(entry.code(), entry.category(), language,
                    entry.texts().get(language));
            (entry.category() == null ? general : specific).add(reply);
        }
        specific.addAll(general);
        return specific;
    }
}
