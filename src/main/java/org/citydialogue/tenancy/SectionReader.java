package org.citydialogue.tenancy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import tools.jackson.databind.JsonNode;

/**
 * Reads values out of a tenant-file section for the module that owns it, reporting every problem
 * as file, field and problem (e.g. {@code vasteras.yaml: cases.kinds[1].code: is required}).
 * Paths are written relative to the section.
 */
public final class SectionReader {

    private final TenantFileSection section;

    public SectionReader(TenantFileSection section) {
        this.section = section;
    }

    public JsonNode root() {
        return section.node();
    }

    public TenantFileException problem(String path, String problem) {
        return section.problem(path, problem);
    }

    /** Fails on any key of {@code node} that is not in {@code known}. */
    public void onlyKnown(JsonNode node, Set<String> known, String path) {
        if (node == null || !node.isObject()) {
            throw problem(path, "must be a mapping");
        }
        for (String key : node.propertyNames()) {
            if (!known.contains(key)) {
                throw problem(join(path, key), "unknown field");
            }
        }
    }

    public String text(JsonNode parent, String key, String path, boolean required) {
        JsonNode value = parent.get(key);
        if (value == null || value.isNull() || value.isValueNode() && value.asString().isBlank()) {
            if (required) {
                throw problem(join(path, key), "is required");
            }
            return null;
        }
        if (!value.isValueNode()) {
            throw problem(join(path, key), "must be a single value");
        }
        return value.asString().strip();
    }

    public int number(JsonNode parent, String key, String path, int min, int max, Integer fallback) {
        JsonNode value = parent.get(key);
        if (value == null || value.isNull()) {
            if (fallback == null) {
                throw problem(join(path, key), "is required");
            }
            return fallback;
        }
        if (!value.isIntegralNumber() || value.asInt() < min || value.asInt() > max) {
            throw problem(join(path, key), "'" + value.asString() + "' must be a whole number from " + min + " to "
                    + max);
        }
        return value.asInt();
    }

    public boolean flag(JsonNode parent, String key, String path) {
        JsonNode value = parent.get(key);
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            throw problem(join(path, key), "must be true or false");
        }
        return value.asBoolean();
    }

    /** A list of mappings (e.g. states); each element's path is {@code key[i]}. */
    public List<JsonNode> list(JsonNode parent, String key, String path, boolean required) {
        JsonNode value = parent.get(key);
        if (value == null || value.isNull() || value.isArray() && value.isEmpty()) {
            if (required) {
                throw problem(join(path, key), "is required: a list");
            }
            return List.of();
        }
        if (!value.isArray()) {
            throw problem(join(path, key), "must be a list");
        }
        List<JsonNode> items = new ArrayList<>();
        value.forEach(items::add);
        return items;
    }

    /** A list of codes, each used once. */
    public List<String> codes(JsonNode parent, String key, String path, boolean required) {
        List<String> codes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<JsonNode> items = list(parent, key, path, required);
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String field = join(path, key) + "[" + i + "]";
            if (!item.isValueNode() || item.asString().isBlank()) {
                throw problem(field, "must be a code");
            }
            if (!seen.add(item.asString())) {
                throw problem(field, "'" + item.asString() + "' is listed twice");
            }
            codes.add(item.asString());
        }
        return codes;
    }

    public Map<String, String> names(JsonNode parent, String key, String path) {
        return names(parent.get(key), join(path, key), this::problem);
    }

    /** Names per language (sv, en, zh-Hans); English is required as everyone's fallback. */
    static Map<String, String> names(JsonNode node, String field,
            BiFunction<String, String, ? extends RuntimeException> fail) {
        if (node == null || !node.isObject() || node.isEmpty()) {
            throw fail.apply(field, "is required: a name per language (sv, en, zh-Hans)");
        }
        Map<String, String> names = new LinkedHashMap<>();
        for (String language : node.propertyNames()) {
            if (!TenantFileReader.LANGUAGES.contains(language)) {
                throw fail.apply(field + "." + language, "unknown language; use sv, en or zh-Hans");
            }
            JsonNode name = node.get(language);
            if (name == null || !name.isValueNode() || name.asString().isBlank()) {
                throw fail.apply(field + "." + language, "is required");
            }
            names.put(language, name.asString().strip());
        }
        if (!names.containsKey("en")) {
            throw fail.apply(field + ".en", "is required: English is the fallback for other readers");
        }
        return names;
    }

    public static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
