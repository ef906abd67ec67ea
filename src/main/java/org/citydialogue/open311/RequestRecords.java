package org.citydialogue.open311;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.citydialogue.cases.CasePersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The raw Open311 request kept beside its case ({@code open311_request}): what the client sent
 * that the case does not hold — device, account and client request ids, the Idempotency-Key,
 * coordinates, address id, media link and the service's attributes (free text among them). The
 * resident's export shows all of it; retention empties all of it and keeps only which client
 * reported the case, when, and the token that still finds the (anonymised) case.
 */
@Component
class RequestRecords implements CasePersonalData {

    private final JdbcClient jdbc;

    RequestRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "open311Request";
    }

    /** Every column but the row's own ids, so a column added later is exported without a change here. */
    @Override
    public Optional<String> export(long caseId) {
        return jdbc.sql("select (to_jsonb(r) - 'id' - 'case_id')::text from open311_request r where case_id = ?")
                .param(caseId).query(String.class).optional();
    }

    @Override
    public int anonymiseClosedBefore(Instant closedBefore) {
        return jdbc.sql("""
                update open311_request r set idempotency_key = null, device_id = null, client_request_id = null,
                    account_id = null, lat = null, long = null, address_id = null, media_url = null, attributes = '{}'
                from resident_case c
                where c.id = r.case_id and c.closed_at < ?
                  and (r.idempotency_key is not null or r.device_id is not null or r.client_request_id is not null
                       or r.account_id is not null or r.lat is not null or r.long is not null
                       or r.address_id is not null or r.media_url is not null or r.attributes <> '{}')
                """).param(Timestamp.from(closedBefore)).update();
    }
}
