package org.citydialogue.tenancy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads and checks one tenant file. Every problem is reported as file, field and what is wrong,
 * so an operator can fix a file without reading code.
 */
final class TenantFileReader {

    static final Set<String> LANGUAGES = Set.of("sv", "en", "zh-Hans");
    static final Set<String> CALENDARS = Set.of("sweden", "china");
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]{1,30}");
    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,40}");
    private static final Pattern SCHEMA = Pattern.compile("[a-z_][a-z0-9_]{0,40}");
    /** Top-level sections read by other modules; each module checks its own. */
    static final Set<String> SECTIONS = Set.of("cases", "benchmarks");
    private static final Set<String> TOP_FIELDS = Set.of("id", "kind", "names", "default-locale", "time-zone", "cases",
            "currency", "population", "country", "calendar", "departments", "identity", "store");
    private static final Set<String> IDENTITY_FIELDS = Set.of("issuer", "backchannel", "client-id", "client-secret",
            "roles-claim");
    private static final Set<String> STORE_FIELDS = Set.of("schema", "jdbc-url", "admin-username", "admin-password");
    private static final YAMLMapper YAML = new YAMLMapper();

    private final String file;
    private final UnaryOperator<String> placeholders;

    private TenantFileReader(String file, UnaryOperator<String> placeholders) {
        this.file = file;
        this.placeholders = placeholders;
    }

    /** Reads a file; {@code placeholders} resolves {@code ${NAME:default}} from the environment. */
    static Tenant read(Path path, UnaryOperator<String> placeholders) {
        String file = path.getFileName().toString();
        JsonNode root;
        try {
            root = YAML.readTree(path.toFile());
        } catch (JacksonException e) {
            throw new TenantFileException(file, "(file)",
                    "not valid YAML" + at(e) + ": " + oneLine(e.getOriginalMessage()));
        }
        if (root == null || !root.isObject()) {
            throw new TenantFileException(file, "(file)", "must be a YAML mapping of tenant fields");
        }
        return new TenantFileReader(file, placeholders).tenant(root, file.replaceFirst("\\.ya?ml$", ""));
    }

    /** The parser's position of a YAML error, as " at line L, column C", or nothing if unknown. */
    private static String at(JacksonException e) {
        var location = e.getLocation();
        return location == null || location.getLineNr() < 1 ? ""
                : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    /** SnakeYAML explains over several lines with a source snippet; keep only the words, on one line. */
    private static String oneLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        // "in reader, line L, column C:" is followed by a snippet of the file and a caret line.
        StringBuilder words = new StringBuilder();
        int skip = 0;
        for (String line : message.lines().map(String::strip).toList()) {
            if (line.startsWith("in reader") || line.startsWith("in 'reader'")) {
                skip = 2;
            } else if (skip > 0) {
                skip--;
            } else if (!line.isEmpty()) {
                words.append(words.isEmpty() ? "" : "; ").append(line);
            }
        }
        return words.isEmpty() ? "unreadable" : words.toString();
    }

    private Tenant tenant(JsonNode root, String expectedId) {
        onlyKnown(root, TOP_FIELDS, "");
        String id = text(root, "id", true);
        if (!ID.matcher(id).matches()) {
            throw fail("id", "'" + id + "' must be lower-case letters, digits or _ (2-31 characters)");
        }
        if (!id.equals(expectedId)) {
            throw fail("id", "'" + id + "' must match the file name '" + expectedId + "'");
        }
        Tenant.Kind kind = kind(text(root, "kind", false));
        boolean city = kind == Tenant.Kind.CITY;
        return new Tenant(id, kind,
                names(root.get("names"), "names"),
                locale(text(root, "default-locale", true)),
                zone(text(root, "time-zone", true)),
                currency(text(root, "currency", true)),
                population(root.get("population"), city),
                country(text(root, "country", true)),
                calendar(text(root, "calendar", city)),
                departments(root.get("departments")),
                identity(root.get("identity")),
                store(root.get("store"), id),
                sections(root));
    }

    private Map<String, TenantFileSection> sections(JsonNode root) {
        Map<String, TenantFileSection> sections = new LinkedHashMap<>();
        for (String name : SECTIONS) {
            JsonNode node = root.get(name);
            if (node != null && !node.isNull()) {
                if (!node.isObject()) {
                    throw fail(name, "must be a mapping");
                }
                sections.put(name, new TenantFileSection(file, name, node));
            }
        }
        return sections;
    }

    private Tenant.Kind kind(String value) {
        if (value == null || value.equals("city")) {
            return Tenant.Kind.CITY;
        }
        if (value.equals("organisation")) {
            return Tenant.Kind.ORGANISATION;
        }
        throw fail("kind", "'" + value + "' is neither city nor organisation");
    }

    private Map<String, String> names(JsonNode node, String field) {
        return SectionReader.names(node, field, this::fail);
    }

    private Locale locale(String tag) {
        if (!LANGUAGES.contains(tag)) {
            throw fail("default-locale", "'" + tag + "' is not supported; use sv, en or zh-Hans");
        }
        return Locale.forLanguageTag(tag);
    }

    private ZoneId zone(String value) {
        try {
            return ZoneId.of(value);
        } catch (DateTimeException e) {
            throw fail("time-zone", "'" + value + "' is not a time zone (e.g. Europe/Stockholm)");
        }
    }

    private Currency currency(String value) {
        try {
            return Currency.getInstance(value);
        } catch (IllegalArgumentException e) {
            throw fail("currency", "'" + value + "' is not an ISO 4217 code (e.g. SEK)");
        }
    }

    private long population(JsonNode node, boolean required) {
        if (node == null) {
            if (required) {
                throw fail("population", "is required for a city");
            }
            return 0;
        }
        if (!node.canConvertToLong() || node.asLong() < 0 || !node.isIntegralNumber()) {
            throw fail("population", "'" + node.asString() + "' must be a whole number of inhabitants, 0 or more");
        }
        return node.asLong();
    }

    private String country(String value) {
        if (!Set.of(Locale.getISOCountries()).contains(value)) {
            throw fail("country", "'" + value + "' is not an ISO 3166 country code (e.g. SE, CN)");
        }
        return value;
    }

    private String calendar(String value) {
        if (value != null && !CALENDARS.contains(value)) {
            throw fail("calendar", "'" + value + "' is unknown; use one of " + CALENDARS);
        }
        return value;
    }

    private List<Department> departments(JsonNode node) {
        List<Department> departments = new ArrayList<>();
        if (node == null) {
            return departments;
        }
        if (!node.isArray()) {
            throw fail("departments", "must be a list");
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            String field = "departments[" + i + "]";
            JsonNode entry = node.get(i);
            onlyKnown(entry, Set.of("code", "names"), field + ".");
            String code = text(entry, "code", true, field + ".code");
            if (!CODE.matcher(code).matches()) {
                throw fail(field + ".code", "'" + code + "' must be lower-case letters, digits or -");
            }
            if (!codes.add(code)) {
                throw fail(field + ".code", "'" + code + "' is used twice");
            }
            departments.add(new Department(code, names(entry.get("names"), field + ".names")));
        }
        return departments;
    }

    private IdentitySettings identity(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw fail("identity", "is required (issuer: built-in, or an OIDC issuer URI)");
        }
        onlyKnown(node, IDENTITY_FIELDS, "identity.");
        String issuer = text(node, "issuer", true, "identity.issuer");
        String rolesClaim = orDefault(text(node, "roles-claim", false, "identity.roles-claim"), "roles");
        if (IdentitySettings.BUILT_IN.equals(issuer)) {
            return new IdentitySettings(issuer, null, null, null, rolesClaim);
        }
        httpUri(issuer, "identity.issuer");
        String backchannel = text(node, "backchannel", false, "identity.backchannel");
        return new IdentitySettings(issuer, backchannel == null ? null : httpUri(backchannel, "identity.backchannel"),
                text(node, "client-id", true, "identity.client-id"),
                text(node, "client-secret", true, "identity.client-secret"), rolesClaim);
    }

    private StoreSettings store(JsonNode node, String id) {
        String schema = "tenant_" + id;
        String jdbcUrl = null;
        String admin = null;
        String password = null;
        if (node != null) {
            onlyKnown(node, STORE_FIELDS, "store.");
            schema = orDefault(text(node, "schema", false, "store.schema"), schema);
            jdbcUrl = text(node, "jdbc-url", false, "store.jdbc-url");
            if (jdbcUrl != null) {
                if (!jdbcUrl.startsWith("jdbc:postgresql://")) {
                    throw fail("store.jdbc-url", "must start with jdbc:postgresql://");
                }
                admin = text(node, "admin-username", true, "store.admin-username");
                password = text(node, "admin-password", true, "store.admin-password");
            }
        }
        if (!SCHEMA.matcher(schema).matches() || schema.startsWith("pg_") || schema.equals("public")
                || schema.equals("information_schema") || schema.equals(StoreProvisioner.SHARED_SCHEMA)) {
            throw fail("store.schema", "'" + schema
                    + "' must be lower-case letters, digits or _ and not a system or shared schema");
        }
        return new StoreSettings(schema, "cd_t_" + id, jdbcUrl, admin, password);
    }

    private URI httpUri(String value, String field) {
        try {
            URI uri = URI.create(value);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return uri;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw fail(field, "'" + value + "' is not an http(s) URL");
    }

    private void onlyKnown(JsonNode node, Set<String> known, String prefix) {
        if (node == null || !node.isObject()) {
            throw fail(prefix.isEmpty() ? "(file)" : prefix.substring(0, prefix.length() - 1), "must be a mapping");
        }
        for (String name : node.propertyNames()) {
            if (!known.contains(name)) {
                throw fail(prefix + name, "unknown field");
            }
        }
    }

    private String text(JsonNode node, String name, boolean required) {
        return text(node, name, required, name);
    }

    private String text(JsonNode node, String name, boolean required, String field) {
        JsonNode value = node.get(name);
        String text = value == null || value.isNull() ? null : value.isValueNode() ? value.asString() : null;
        if (value != null && !value.isNull() && text == null) {
            throw fail(field, "must be a single value");
        }
        if (text != null) {
            try {
                text = placeholders.apply(text).strip();
            } catch (IllegalArgumentException e) {
                throw fail(field, e.getMessage());
            }
        }
        if (text == null || text.isEmpty()) {
            if (required) {
                throw fail(field, "is required");
            }
            return null;
        }
        return text;
    }

    private static String orDefault(String value, String fallback) {
        return value == null ? fallback : value;
    }

    private TenantFileException fail(String field, String problem) {
        return new TenantFileException(file, field, problem);
    }

    /** Lists the tenant files of a folder in a stable order. */
    static List<Path> files(Path folder) throws IOException {
        try (var stream = java.nio.file.Files.list(folder)) {
            return stream.filter(p -> p.getFileName().toString().matches("[^.].*\\.ya?ml")).sorted().toList();
        }
    }
}
