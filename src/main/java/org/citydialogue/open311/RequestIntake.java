package org.citydialogue.open311;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.citydialogue.cases.Cases;
import org.citydialogue.cases.NewCase;
import org.citydialogue.cases.ResidentCase;
import org.citydialogue.tenancy.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a posted service request into a case of the bound tenant, once. The request's own row is
 * written first under unique keys (the client's Idempotency-Key; its device id with its request
 * id): a retry, even one racing the first attempt, finds that row and gets the first case back.
 */
@Service
public class RequestIntake {

    /** What the client is told: the case number, a token for it, and whether this was a retry. */
    public record Receipt(String serviceRequestId, UUID token, String accountId, Instant answerDue, boolean replayed) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final Cases cases;

    RequestIntake(JdbcClient jdbc, Cases cases) {
        this.jdbc = jdbc;
        this.cases = cases;
    }

    @Transactional
    public Receipt submit(Jurisdiction where, ServiceRequest request, String idempotencyKey) {
        if (!TenantContext.current().orElse("").equals(where.id()) || !where.authenticated()) {
            throw new IllegalStateException("Intake needs the client's own tenant bound");
        }
        String clientId = where.client().clientId();
        UUID token = UUID.randomUUID();
        Optional<Long> row = jdbc.sql("""
                insert into open311_request (client_id, token, idempotency_key, device_id, client_request_id,
                    account_id, lat, long, address_id, media_url, attributes)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))
                on conflict do nothing returning id
                """).params(clientId, token, idempotencyKey, request.deviceId(), request.clientRequestId(),
                        request.accountId(), request.lat(), request.lon(), request.addressId(), request.mediaUrl(),
                        JSON.writeValueAsString(request.attributes()))
                .query(Long.class).optional();
        if (row.isEmpty()) {
            return earlier(clientId, idempotencyKey, request);
        }
        String serviceName = where.settings().category(request.serviceCode()).orElseThrow().choice()
                .name(where.tenant().defaultLocale());
        ResidentCase registered = cases.receive(clientId, new NewCase(request.kind(), Cases.API_CHANNEL,
                request.serviceCode(), request.description() == null ? serviceName : request.description(),
                request.location(), request.residentName(), request.email(), request.phone(), request.language()));
        jdbc.sql("update open311_request set case_id = ? where id = ?").params(registered.id(), row.get()).update();
        return new Receipt(registered.reference(), token, request.accountId(), registered.answerDueAt(), false);
    }

    private Receipt earlier(String clientId, String idempotencyKey, ServiceRequest request) {
        var first = jdbc.sql("""
                select case_id, token, account_id from open311_request
                where client_id = ? and (idempotency_key = ? or (device_id = ? and client_request_id = ?))
                order by id limit 1
                """).params(clientId, idempotencyKey, request.deviceId(), request.clientRequestId())
                .query((rs, n) -> new Earlier(rs.getLong("case_id"), rs.getObject("token", UUID.class),
                        rs.getString("account_id")))
                .single();
        ResidentCase registered = cases.find(first.caseId()).orElseThrow();
        return new Receipt(registered.reference(), first.token(), first.accountId(), registered.answerDueAt(), true);
    }

    private record Earlier(long caseId, UUID token, String accountId) {
    }
}
