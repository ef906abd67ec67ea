package org.citydialogue.plans;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Multilingual texts as jsonb columns: written as JSON text and cast with {@code ?::jsonb}. */
final class TextColumns {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, String>> VERSIONS = new TypeReference<>() {};

    private TextColumns() {
    }

    static LocalizedText read(ResultSet row, String column) throws SQLException {
        String json = row.getString(column);
        return json == null ? new LocalizedText(Map.of()) : new LocalizedText(JSON.readValue(json, VERSIONS));
    }

    static String json(LocalizedText text) {
        return JSON.writeValueAsString(text.versions());
    }
}
