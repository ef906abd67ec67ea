package org.citydialogue.open311;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/** The GeoReport v2 error format: a list of {@code code} + {@code description}, in the format the path asks for. */
final class SpecErrors {

    private static final Pattern XML = Pattern.compile(
            "<\\?xml version=['\"]1\\.0['\"] encoding=['\"]UTF-8['\"]\\?><errors>(<error><code>(\\d{3})</code>"
                    + "<description>[^<]+</description></error>)+</errors>", Pattern.DOTALL);

    private SpecErrors() {
    }

    static void assertRefusal(String call, String path, int status, String body) {
        if (Format.ofPath(path) == Format.JSON) {
            JsonNode errors = Open311Calls.JSON.readTree(body);
            assertThat(errors.isArray() && !errors.isEmpty()).as("%s %d: JSON error list: %s", call, status, body)
                    .isTrue();
            for (JsonNode error : errors) {
                assertThat(error.get("code").asInt()).as(body).isEqualTo(status);
                assertThat(error.get("description").asString()).as(body).isNotBlank();
            }
        } else {
            var matcher = XML.matcher(body);
            assertThat(matcher.matches()).as("%s %d: XML error list: %s", call, status, body).isTrue();
            assertThat(matcher.group(2)).as(body).isEqualTo(String.valueOf(status));
        }
    }
}
