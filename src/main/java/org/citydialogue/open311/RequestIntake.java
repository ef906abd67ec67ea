package org.citydialogue.open311;

import java.time.Instant;
import java.util.UUID;
import org.citydialogue.cases.Cases;
import org.citydialogue.cases.NewCase;
import org.citydialogue.cases.ResidentCase;
import org.citydialogue.tenancy.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a posted service request into a case of the bound tenant, once. The request's own row,
 * written with its case under unique keys (the client's Idempotency-Key; its device id with its
 * request id), decides: a retry, even one racing the first attempt, finds the first row there, so
 * its own case is rolled back and it gets the first case back. Retries are rare, so the usual
 * request costs two statements and a commit; a retry leaves a gap in the case numbers.
 */
@Service
public class RequestIntake {

    /** What the client is told: the case number, a token for it, and whether this was a retry. */
    public record Receipt(String serviceRequestId, UUID token, String accountId, Instant answerDue, boolean replayed) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final Cases cases;
    private final TransactionTemplate transactions;

    RequestIntake(JdbcClient jdbc, Cases cases, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.transactions = new TransactionTemplate(transactions);
    }

    public Receipt submit(Jurisdiction where, ServiceRequest request, String idempotencyKey) {
        if (!TenantContext.current().orElse("").equals(where.id()) || !where.authenticated()) {
            throw new IllegalStateException("Intake needs the client's own tenant bound");
        }
        try {
            return transactions.execute(status -> register(where, request, idempotencyKey));
        } catch (AlreadyReceived retry) {
            return transactions.execute(status -> earlier(where.client().clientId(), idempotencyKey, request));
        }
    }

    private Receipt register(Jurisdiction where, ServiceRequest request, String idempotencyKey) {
        String clientId = where.client().clientId();
        String serviceName = where.settings().category(request.serviceCode()).orElseThrow().choice()
                .name(where.tenant().defaultLocale());
        ResidentCase registered = cases.receive(clientId, new NewCase(request.kind(), Cases.API_CHANNEL,
                request.serviceCode(), request.description() == null ? serviceName : request.description(),
                request.location(), request.residentName(), request.email(), request.phone(), request.language()));
        UUID token = UUID.randomUUID();
        boolean first = jdbc.sql("""
                insert into open311_request (case_id, client_id, token, idempotency_key, device_id, client_request_id,
                    account_id, lat, long, address_id, media_url, attributes)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))
                on conflict do nothing
                """).params(registered.id(), clientId, token, idempotencyKey, request.deviceId(),
                        request.clientRequestId(), request.accountId(), request.lat(), request.lon(),
                        request.addressId(), request.mediaUrl(), JSON.writeValueAsString(request.attributes()))
                .update() == 1;
        if (!first) {
            throw new AlreadyReceived();
        }
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

    /** Rolls back a retry's own case; no stack trace, as it is an expected outcome. */
    private static final class AlreadyReceived extends RuntimeException {
        AlreadyReceived() {
            super("The request was received before", null, false, false);
        }
    }
}
