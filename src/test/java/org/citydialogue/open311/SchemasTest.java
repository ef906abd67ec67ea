package org.citydialogue.open311;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The schema check the API tests rely on does refuse what the spec refuses. */
class SchemasTest {

    @Test
    void a_request_without_its_status_or_with_a_status_of_its_own_fails_the_schema() {
        assertThatThrownBy(() -> Schemas.assertValid(Open311Calls.JSON.readTree("""
                [{"service_request_id": "VST-2026-000001", "service_code": "other",
                  "requested_datetime": "2026-11-20T08:00:00+01:00"}]"""), "requests.json"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("status");
        assertThatThrownBy(() -> Schemas.assertValid(Open311Calls.JSON.readTree("""
                [{"service_request_id": "VST-2026-000001", "service_code": "other", "status": "forwarded",
                  "requested_datetime": "2026-11-20T08:00:00+01:00"}]"""), "requests.json"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("status");
    }
}
