package org.citydialogue.open311;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.citydialogue.cases.CaseEvent;
import org.citydialogue.cases.CaseListing;
import org.citydialogue.cases.Cases;
import org.citydialogue.cases.Lifecycle;
import org.citydialogue.cases.ResidentCase;
import org.citydialogue.i18n.Msg;
import org.citydialogue.i18n.Translations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cases as GeoReport v2 service requests. Never a resident's name, e-mail or phone. What a
 * resident wrote and where (description, address, coordinates, media) is shown for requests that
 * came in over Open311, which are public by nature, and otherwise only to the city's own clients.
 */
@Service
public class RequestViews {

    /** The spec's window: at most 90 days apart, the last 90 days when none is given. */
    static final Duration WINDOW = Duration.ofDays(90);
    /** The spec lets a server cap a list; the most recent 1,000. */
    static final int LIMIT = 1000;

    private final CaseListing listing;
    private final Cases cases;
    private final JdbcClient jdbc;
    private final Translations translations;

    RequestViews(CaseListing listing, Cases cases, JdbcClient jdbc, Translations translations) {
        this.listing = listing;
        this.cases = cases;
        this.jdbc = jdbc;
        this.translations = translations;
    }

    @Transactional(readOnly = true)
    public Document list(Jurisdiction where, RequestQuery query) {
        return requests(where, listing.find(query.criteria(LIMIT)), query.extensions());
    }

    @Transactional(readOnly = true)
    public Document one(Jurisdiction where, String serviceRequestId, boolean extensions) {
        var found = listing.find(new CaseListing.Criteria(List.of(serviceRequestId), List.of(), null, null, null, 1));
        if (found.isEmpty()) {
            throw Open311Exception.notFound("service_request_id " + Jurisdictions.clip(serviceRequestId)
                    + " is not known");
        }
        return requests(where, found, extensions);
    }

    @Transactional(readOnly = true)
    public Document token(Jurisdiction where, String token) {
        UUID id;
        try {
            id = UUID.fromString(token);
        } catch (IllegalArgumentException e) {
            throw Open311Exception.notFound("token " + Jurisdictions.clip(token) + " is not known");
        }
        Long caseId = jdbc.sql("select case_id from open311_request where token = ?").param(id).query(Long.class)
                .optional().orElseThrow(() -> Open311Exception.notFound("token " + token + " is not known"));
        ResidentCase found = cases.find(caseId).orElseThrow();
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("service_request_id", found.reference());
        request.put("token", token);
        return Document.list("service_requests", "request", List.of(request));
    }

    /** The answer to a POST: the new (or, for a retry, the first) request's id and token. */
    public Document receipt(Jurisdiction where, RequestIntake.Receipt receipt) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("service_request_id", receipt.serviceRequestId());
        request.put("token", receipt.token().toString());
        request.put("service_notice", translations.translate(where.language(), Msg.key("open311.notice.answer"),
                Map.of("days", where.settings().firstAnswerWorkingDays(),
                        "due", Dates.format(receipt.answerDue(), where.tenant()))));
        request.put("account_id", receipt.accountId());
        return Document.list("service_requests", "request", List.of(request));
    }

    private Document requests(Jurisdiction where, List<CaseListing.Listed> found, boolean extensions) {
        Map<Long, Map<String, Object>> extras = extras(found);
        List<Map<String, Object>> requests = new ArrayList<>();
        for (CaseListing.Listed listed : found) {
            requests.add(request(where, listed, extras.get(listed.residentCase().id()), extensions));
        }
        return Document.list("service_requests", "request", requests);
    }

    private Map<String, Object> request(Jurisdiction where, CaseListing.Listed listed, Map<String, Object> extra,
            boolean extensions) {
        ResidentCase c = listed.residentCase();
        boolean shown = where.authenticated() || Cases.API_CHANNEL.equals(c.channel());
        Lifecycle lifecycle = where.settings().lifecycle();
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("service_request_id", c.reference());
        request.put("status", c.closed() ? "closed" : "open");
        request.put("status_notes", extensions ? stateName(lifecycle, c.status(), where) : null);
        request.put("service_name", where.settings().category(c.category())
                .map(k -> ServiceCatalogue.name(k.choice(), where.language())).orElse(null));
        request.put("service_code", c.category());
        request.put("description", shown ? c.description() : null);
        String department = c.department() != null ? c.department()
                : where.settings().category(c.category()).map(k -> k.department()).orElse(null);
        request.put("agency_responsible", where.tenant().departments().stream()
                .filter(d -> d.code().equals(department)).findFirst()
                .map(d -> ServiceCatalogue.departmentName(d, where)).orElse(null));
        request.put("service_notice", null);
        request.put("requested_datetime", Dates.format(c.receivedAt(), where.tenant()));
        request.put("updated_datetime", Dates.format(listed.updatedAt(), where.tenant()));
        request.put("expected_datetime", c.closed() ? null : Dates.format(c.answerDueAt(), where.tenant()));
        boolean coordinates = extra != null && extra.get("lat") != null;
        request.put("address", shown && !coordinates ? c.location() : null);
        request.put("address_id", shown && extra != null ? extra.get("address_id") : null);
        request.put("zipcode", null);
        request.put("lat", shown && coordinates ? extra.get("lat") : null);
        request.put("long", shown && coordinates ? extra.get("long") : null);
        request.put("media_url", shown && extra != null ? extra.get("media_url") : null);
        if (extensions) {
            request.put("extended_attributes", extended(where, c));
        }
        return request;
    }

    /** The finer status and its history: state changes only, never notes or replies written by staff. */
    private Map<String, Object> extended(Jurisdiction where, ResidentCase c) {
        Lifecycle lifecycle = where.settings().lifecycle();
        List<Map<String, Object>> notes = new ArrayList<>();
        for (CaseEvent event : cases.timeline(c.id())) {
            if (event.toStatus() == null || event.toStatus().equals(event.fromStatus())) {
                continue;
            }
            Map<String, Object> note = new LinkedHashMap<>();
            note.put("datetime", Dates.format(event.at(), where.tenant()));
            note.put("detailed_status", event.toStatus());
            note.put("description", stateName(lifecycle, event.toStatus(), where));
            notes.add(note);
        }
        Map<String, Object> extended = new LinkedHashMap<>();
        extended.put("detailed_status", c.status());
        extended.put("detailed_status_name", stateName(lifecycle, c.status(), where));
        extended.put("notes", new Document.Items("note", notes));
        return extended;
    }

    private static String stateName(Lifecycle lifecycle, String code, Jurisdiction where) {
        return lifecycle.state(code).map(s -> ServiceCatalogue.name(s.choice(), where.language())).orElse(code);
    }

    /** What Open311 clients sent beyond the case (coordinates, address id, media), by case id. */
    private Map<Long, Map<String, Object>> extras(List<CaseListing.Listed> found) {
        Long[] ids = found.stream().map(l -> l.residentCase().id()).toArray(Long[]::new);
        if (ids.length == 0) {
            return Map.of();
        }
        return jdbc.sql("select case_id, lat, long, address_id, media_url from open311_request where case_id = any (?)")
                .param(ids).query((rs, n) -> {
                    Map<String, Object> extra = new HashMap<>();
                    extra.put("lat", rs.getObject("lat"));
                    extra.put("long", rs.getObject("long"));
                    extra.put("address_id", rs.getString("address_id"));
                    extra.put("media_url", rs.getString("media_url"));
                    return Map.entry(rs.getLong("case_id"), extra);
                }).list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
