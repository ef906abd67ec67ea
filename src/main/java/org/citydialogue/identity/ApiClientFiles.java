package org.citydialogue.identity;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.citydialogue.tenancy.SectionReader;
import org.citydialogue.tenancy.Tenant;
import org.citydialogue.tenancy.TenantFileSection;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads {@code tenants/api-clients/<tenant>.yaml}; a bad file stops start-up with one line naming
 * file, field and problem, like a bad tenant file. Values may use {@code ${VARIABLE:default}}.
 */
final class ApiClientFiles {

    /** A client as registered: the secret for client credentials, the key for {@code api_key}. */
    record Registration(ApiClient client, String secret, String apiKey) {
    }

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    private static final int MIN_SECRET = 12;

    private ApiClientFiles() {
    }

    static List<Registration> read(Path folder, Tenant tenant, UnaryOperator<String> placeholders) {
        Path file = folder.resolve(tenant.id() + ".yaml");
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        String name = "api-clients/" + file.getFileName();
        JsonNode root;
        try {
            root = YAML.readTree(file.toFile());
        } catch (JacksonException e) {
            throw new TenantFileSection(name, "(file)", null)
                    .problem("", "not valid YAML: " + String.valueOf(e.getOriginalMessage()).replaceAll("\\s+", " "));
        }
        JsonNode list = root == null || !root.isObject() ? null : root.get("clients");
        if (list == null || !list.isArray() || root.size() > 1) {
            throw new TenantFileSection(name, "clients", root).problem("", "is required as the file's only key: "
                    + "a list of clients (id, name, secret, api-key, requests-per-second)");
        }
        List<Registration> registrations = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode item = list.get(i);
            SectionReader in = new SectionReader(new TenantFileSection(name, "clients[" + i + "]", item));
            in.onlyKnown(item, Set.of("id", "name", "secret", "api-key", "requests-per-second"), "");
            String id = placeholders.apply(in.text(item, "id", "", true));
            if (!ID.matcher(id).matches() || !ids.add(id)) {
                throw in.problem("id", "'" + id + "' must be unique, 3-64 of a-z, 0-9, '.', '_', '-'");
            }
            String secret = secret(in, item, "secret", placeholders);
            String apiKey = secret(in, item, "api-key", placeholders);
            String rate = placeholders.apply(in.text(item, "requests-per-second", "", true));
            if (!rate.matches("[1-9][0-9]{0,6}")) {
                throw in.problem("requests-per-second", "'" + rate + "' must be a whole number from 1 to 9999999");
            }
            registrations.add(new Registration(new ApiClient(tenant.id(), id, in.text(item, "name", "", true),
                    Integer.parseInt(rate)), secret, apiKey));
        }
        return List.copyOf(registrations);
    }

    private static String secret(SectionReader in, JsonNode item, String key, UnaryOperator<String> placeholders) {
        String value = placeholders.apply(in.text(item, key, "", true));
        if (value.length() < MIN_SECRET) {
            throw in.problem(key, "must have at least " + MIN_SECRET + " characters");
        }
        return value;
    }
}
