package org.citydialogue.open311;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;

/** The GeoReport v2 JSON schemas of open311/schema-validation (copied to test resources), as assertions. */
final class Schemas {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);

    private Schemas() {
    }

    /** @param schema e.g. {@code requests.json} */
    static void assertValid(JsonNode answer, String schema) {
        var errors = REGISTRY.getSchema(SchemaLocation.of("classpath:open311/schema/" + schema)).validate(answer);
        assertThat(errors).as("%s against %s", answer, schema).isEmpty();
    }
}
