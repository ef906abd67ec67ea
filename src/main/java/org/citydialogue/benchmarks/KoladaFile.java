package org.citydialogue.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.citydialogue.i18n.Msg;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a file of Kolada values, either as Kolada's API (v2 or v3) answers
 * {@code /data/kpi/{ids}/municipality/{ids}} — {@code {"values": [{"kpi", "municipality", "period",
 * "values": [{"gender", "value"}]}]}} — or the same values as CSV, one per line, with a header naming
 * at least {@code kpi, municipality, period, value} (and optionally {@code gender}), separated by
 * commas or, as a Swedish spreadsheet saves it, by semicolons with decimal commas. Only totals
 * (gender T) of the KPIs the catalogue maps are kept; values Kolada has not got (null, empty) are
 * skipped. Any malformed entry refuses the whole file, naming the entry or line and what is wrong.
 */
final class KoladaFile {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern KPI = Pattern.compile("[NU]\\d{5}");
    private static final Pattern MUNICIPALITY = Pattern.compile("\\d{4}");
    private static final List<String> NEEDED = List.of("kpi", "municipality", "period", "value");

    private final Set<String> mapped;

    KoladaFile(Set<String> mapped) {
        this.mapped = mapped;
    }

    List<KoladaReferences.Value> read(InputStream file) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(file, StandardCharsets.UTF_8))) {
            in.mark(1);
            int first = in.read();
            while (first == '\uFEFF' || Character.isWhitespace(first)) {
                in.mark(1);
                first = in.read();
            }
            in.reset();
            return first == '{' ? json(in) : csv(in);
        } catch (IOException | JacksonException e) {
            throw new BenchmarkInputException(Msg.key("benchmarks.kolada.error.format"));
        }
    }

    private List<KoladaReferences.Value> json(BufferedReader in) {
        JsonNode entries = JSON.readTree(in).get("values");
        if (entries == null || !entries.isArray()) {
            throw new BenchmarkInputException(Msg.key("benchmarks.kolada.error.format"));
        }
        List<KoladaReferences.Value> values = new ArrayList<>();
        int entryNumber = 0;
        for (JsonNode entry : entries) {
            Place place = new Place("entry", ++entryNumber);
            String kpi = kpi(text(entry.get("kpi")), place);
            String municipality = municipality(text(entry.get("municipality")), place);
            int period = period(text(entry.get("period")), place);
            JsonNode parts = entry.get("values");
            if (parts == null || !parts.isArray()) {
                throw place.refuse(Msg.key("benchmarks.kolada.error.values"), "");
            }
            for (JsonNode part : parts) {
                JsonNode value = part.get("value");
                if (!"T".equals(part.path("gender").asString("T")) || value == null || value.isNull()) {
                    continue;
                }
                if (!value.isNumber()) {
                    throw place.refuse(Msg.key("benchmarks.kolada.error.value"), String.valueOf(text(value)));
                }
                keep(values, kpi, municipality, period, value.asDouble(), place);
            }
        }
        return values;
    }

    private List<KoladaReferences.Value> csv(BufferedReader in) throws IOException {
        String header = in.readLine();
        if (header == null) {
            throw new BenchmarkInputException(Msg.key("benchmarks.kolada.error.format"));
        }
        char separator = header.indexOf(';') >= 0 ? ';' : ',';
        List<String> columns = fields(header, separator).stream().map(c -> c.trim().toLowerCase(Locale.ROOT)).toList();
        for (String needed : NEEDED) {
            if (!columns.contains(needed)) {
                throw new BenchmarkInputException(Msg.key("benchmarks.kolada.error.column"), Map.of("column", needed));
            }
        }
        List<KoladaReferences.Value> values = new ArrayList<>();
        int lineNumber = 1;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            Place place = new Place("line", ++lineNumber);
            if (line.isBlank()) {
                continue;
            }
            List<String> fields = fields(line, separator);
            if (fields.size() != columns.size()) {
                throw place.refuse(Msg.key("benchmarks.kolada.error.fields"), String.valueOf(fields.size()));
            }
            String gender = columns.contains("gender") ? fields.get(columns.indexOf("gender")).trim() : "T";
            String value = fields.get(columns.indexOf("value")).trim();
            String kpi = kpi(fields.get(columns.indexOf("kpi")).trim(), place);
            String municipality = municipality(fields.get(columns.indexOf("municipality")).trim(), place);
            int period = period(fields.get(columns.indexOf("period")).trim(), place);
            if ((!gender.isEmpty() && !"T".equals(gender)) || value.isEmpty()) {
                continue;
            }
            keep(values, kpi, municipality, period, number(separator == ';' ? value.replace(',', '.') : value, value,
                    place), place);
        }
        return values;
    }

    private void keep(List<KoladaReferences.Value> values, String kpi, String municipality, int period, double value,
            Place place) {
        if (!mapped.contains(kpi)) {
            return;
        }
        if (values.stream().anyMatch(v -> v.koladaId().equals(kpi) && v.municipality().equals(municipality)
                && v.period() == period)) {
            throw place.refuse(Msg.key("benchmarks.kolada.error.twice"), kpi + " " + municipality + " " + period);
        }
        values.add(new KoladaReferences.Value(kpi, municipality, period, value));
    }

    private static String kpi(String value, Place place) {
        if (value == null || !KPI.matcher(value).matches()) {
            throw place.refuse(Msg.key("benchmarks.kolada.error.kpi"), String.valueOf(value));
        }
        return value;
    }

    private static String municipality(String value, Place place) {
        if (value == null || !MUNICIPALITY.matcher(value).matches()) {
            throw place.refuse(Msg.key("benchmarks.kolada.error.municipality"), String.valueOf(value));
        }
        return value;
    }

    private static int period(String value, Place place) {
        if (value == null || !value.matches("(19|20)\\d{2}")) {
            throw place.refuse(Msg.key("benchmarks.kolada.error.period"), String.valueOf(value));
        }
        return Integer.parseInt(value);
    }

    private static double number(String text, String shown, Place place) {
        try {
            double value = Double.parseDouble(text);
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below, naming the line
        }
        throw place.refuse(Msg.key("benchmarks.kolada.error.value"), shown);
    }

    /** A JSON field as text: a string as it is, a number in its plain form; null when absent. */
    private static String text(JsonNode node) {
        return node == null || node.isNull() || node.isContainer() ? null : node.asString();
    }

    /** A line's fields; a field may be quoted ("…", with "" for a quote), as spreadsheets write them. */
    private static List<String> fields(String line, char separator) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == separator && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    /** Where in the file: a JSON entry or a CSV line, counted from 1 as people count them. */
    private record Place(String kind, int number) {

        BenchmarkInputException refuse(String key, String value) {
            return new BenchmarkInputException(key, Map.of("kind", kind, "number", number, "value", value));
        }
    }
}
