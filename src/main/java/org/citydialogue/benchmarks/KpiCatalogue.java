package org.citydialogue.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The harmonised KPIs, read once at start-up from the versioned file {@code benchmarks/kpi-catalogue-v1.yaml}.
 * A bad entry stops start-up with one line naming the field, as a bad tenant file does.
 */
@Service
public class KpiCatalogue {

    static final String FILE = "benchmarks/kpi-catalogue-v1.yaml";
    private static final List<String> LANGUAGES = List.of("sv", "en", "zh-Hans");
    private static final Pattern KOLADA_ID = Pattern.compile("[NU]\\d{5}");
    private static final Set<String> FIELDS = Set.of("id", "formula", "measure", "unit", "direction", "survey",
            "source", "comparability", "kolada", "definitions", "target");

    private final int version;
    private final Map<String, Kpi> kpis;

    KpiCatalogue() {
        this(KpiCatalogue.class.getClassLoader().getResourceAsStream(FILE), FILE);
    }

    KpiCatalogue(InputStream in, String name) {
        JsonNode root;
        try (in) {
            root = new YAMLMapper().readTree(in);
        } catch (IOException | JacksonException | NullPointerException e) {
            throw new KpiCatalogueException(name, "(file)", "cannot be read: " + e.getMessage());
        }
        Reader reader = new Reader(name);
        version = reader.number(root, "version");
        Map<String, Kpi> read = new LinkedHashMap<>();
        JsonNode list = root.get("kpis");
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw reader.fail("kpis", "is required: a list of KPIs");
        }
        for (int i = 0; i < list.size(); i++) {
            Kpi kpi = reader.kpi(list.get(i), "kpis[" + i + "]");
            if (read.put(kpi.id(), kpi) != null) {
                throw reader.fail("kpis[" + i + "].id", "'" + kpi.id() + "' is used twice");
            }
        }
        kpis = java.util.Collections.unmodifiableMap(read);
    }

    public int version() {
        return version;
    }

    public List<Kpi> all() {
        return List.copyOf(kpis.values());
    }

    public Optional<Kpi> find(String id) {
        return Optional.ofNullable(kpis.get(id));
    }

    public Kpi require(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("No KPI " + id));
    }

    /** Reads and checks one file; every problem names its field. */
    private record Reader(String file) {

        KpiCatalogueException fail(String field, String problem) {
            return new KpiCatalogueException(file, field, problem);
        }

        Kpi kpi(JsonNode node, String at) {
            if (node == null || !node.isObject()) {
                throw fail(at, "must be a mapping");
            }
            for (String key : node.propertyNames()) {
                if (!FIELDS.contains(key)) {
                    throw fail(at + "." + key, "unknown field");
                }
            }
            String id = text(node, "id", at);
            if (!id.matches("[a-z0-9-]+")) {
                throw fail(at + ".id", "'" + id + "' must be lower-case letters, digits and dashes");
            }
            Kpi.Measure measure = measure(node.get("measure"), at + ".measure");
            boolean survey = node.has("survey") && node.get("survey").asBoolean();
            return new Kpi(id, text(node, "formula", at), measure, choice(node, "unit", at, Kpi.Unit.class),
                    choice(node, "direction", at, Kpi.Direction.class), survey, text(node, "source", at),
                    languages(node, "comparability", at), kolada(node.get("kolada"), at + ".kolada"),
                    languages(node, "definitions", at),
                    target(node.get("target"), at + ".target"));
        }

        /** A text every partner city reads in its own language: sv, en and zh-Hans are all required. */
        private Map<String, String> languages(JsonNode node, String key, String at) {
            JsonNode texts = node.get(key);
            if (texts == null || !texts.isObject()) {
                throw fail(at + "." + key, "is required: a text for each of " + LANGUAGES);
            }
            Map<String, String> read = new LinkedHashMap<>();
            for (String language : LANGUAGES) {
                read.put(language, text(texts, language, at + "." + key));
            }
            return read;
        }

        private Kpi.Measure measure(JsonNode node, String at) {
            if (node == null || !node.isObject()) {
                throw fail(at, "is required: type, numerator, denominator");
            }
            Kpi.Type type = choice(node, "type", at, Kpi.Type.class);
            String numerator = type == Kpi.Type.QUANTILE ? null : column(node, "numerator", at);
            boolean needsDenominator = type == Kpi.Type.RATIO || type == Kpi.Type.MEAN || type == Kpi.Type.QUANTILE;
            String denominator = needsDenominator ? column(node, "denominator", at) : null;
            double q = 0;
            if (type == Kpi.Type.QUANTILE) {
                JsonNode value = node.get("q");
                if (value == null || !value.isNumber() || value.asDouble() <= 0 || value.asDouble() >= 1) {
                    throw fail(at + ".q", "is required: a fraction between 0 and 1");
                }
                q = value.asDouble();
            }
            return new Kpi.Measure(type, numerator, denominator, q);
        }

        private String column(JsonNode node, String key, String at) {
            String column = text(node, key, at);
            if (!RollupCell.MEASURES.contains(column)) {
                throw fail(at + "." + key, "'" + column + "' is not a rollup column; use one of "
                        + RollupCell.MEASURES);
            }
            return column;
        }

        private Kpi.Target target(JsonNode node, String at) {
            if (node == null) {
                return null;
            }
            JsonNode value = node.get("value");
            if (value == null || !value.isNumber()) {
                throw fail(at + ".value", "is required: a number in the KPI's scale");
            }
            return new Kpi.Target(value.asDouble(), text(node, "source", at));
        }

        private List<Kpi.KoladaMapping> kolada(JsonNode node, String at) {
            List<Kpi.KoladaMapping> mappings = new ArrayList<>();
            if (node == null) {
                return mappings;
            }
            for (int i = 0; i < node.size(); i++) {
                JsonNode item = node.get(i);
                String id = text(item, "id", at + "[" + i + "]");
                if (!KOLADA_ID.matcher(id).matches()) {
                    throw fail(at + "[" + i + "].id", "'" + id + "' is not a Kolada KPI id (e.g. N00671)");
                }
                JsonNode channel = item.get("channel");
                mappings.add(new Kpi.KoladaMapping(id, channel == null ? null : channel.asString(),
                        text(item, "note", at + "[" + i + "]")));
            }
            return mappings;
        }

        private <E extends Enum<E>> E choice(JsonNode node, String key, String at, Class<E> type) {
            String value = text(node, key, at);
            try {
                return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw fail(at + "." + key, "'" + value + "' is unknown; use one of "
                        + java.util.Arrays.stream(type.getEnumConstants())
                                .map(c -> c.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList());
            }
        }

        private String text(JsonNode node, String key, String at) {
            JsonNode value = node == null ? null : node.get(key);
            if (value == null || !value.isValueNode() || value.asString().isBlank()) {
                throw fail(at + "." + key, "is required");
            }
            return value.asString().strip();
        }

        int number(JsonNode node, String key) {
            JsonNode value = node == null ? null : node.get(key);
            if (value == null || !value.isIntegralNumber()) {
                throw fail(key, "is required: a whole number");
            }
            return value.asInt();
        }
    }
}
