package org.citydialogue.open311;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.citydialogue.cases.CaseSettings;
import org.citydialogue.cases.Choice;
import org.citydialogue.cases.Lifecycle;
import org.citydialogue.tenancy.IdentitySettings;
import org.citydialogue.tenancy.StoreSettings;
import org.citydialogue.tenancy.Tenant;

/**
 * Whatever a client sends, reading it either gives a request that keeps every rule or refuses it
 * with a 400 or 404, never another exception; and what is kept writes as well-formed XML.
 * {@code mvn test} runs the committed inputs in RequestParsingFuzzTestInputs; to fuzz, see README.
 */
class RequestParsingFuzzTest {

    private static final List<String> FIELDS = List.of("service_code", "lat", "long", "address_string", "address_id",
            "email", "device_id", "account_id", "first_name", "last_name", "phone", "description", "media_url",
            "client_request_id", "attribute[kind]", "attribute[language]", "attribute[observed_at]",
            "attribute[landmark]", "attribute[quantity]", "attribute[details]", "attribute[affected][]",
            "attribute[affected]", "attribute[nope]", "service_request_id", "status", "start_date", "end_date",
            "extensions", "jurisdiction_id");
    private static final Choice NAMED = new Choice("x", Map.of("en", "X", "sv", "X"));
    static final CaseSettings SETTINGS = new CaseSettings("VST", 2, 0, 0, List.of("phone"),
            List.of(new Choice("question", NAMED.names()), new Choice("complaint", NAMED.names())),
            List.of(new CaseSettings.Category("streets-parks", "streets-parks", new Choice("streets-parks",
                    NAMED.names())), new CaseSettings.Category("other", null, new Choice("other", NAMED.names()))),
            new Lifecycle(List.of(new Lifecycle.State("received", false, NAMED)), List.of()), 24);
    private static final Tenant VASTERAS = new Tenant("vasteras", Tenant.Kind.CITY, Map.of("en", "Västerås"),
            Locale.forLanguageTag("sv"), ZoneId.of("Europe/Stockholm"), Currency.getInstance("SEK"), 155000, "SE",
            "sweden", List.of(), new IdentitySettings(IdentitySettings.BUILT_IN, null, null, null, "roles"),
            new StoreSettings("tenant_vasteras", "cd_t_vasteras", null, null, null), Map.of());

    /** Fuzzing (JAZZER_FUZZ=1) stops after 1.2 million inputs or 30 minutes, whichever comes first. */
    @FuzzTest(maxDuration = "30m", maxExecutions = 1_200_000)
    void reading_a_posted_request_keeps_every_rule_or_refuses_it(FuzzedDataProvider data) throws Exception {
        Map<String, String[]> fields = fields(data);
        ServiceRequest request;
        try {
            request = RequestForm.parse(fields, SETTINGS);
        } catch (Open311Exception refused) {
            assertThat(refused.status()).isIn(400, 404);
            assertThat(refused.getMessage()).isNotBlank().hasSizeLessThan(400);
            return;
        }
        assertThat(SETTINGS.category(request.serviceCode())).isPresent();
        assertThat(request.location()).isNotBlank();
        assertThat(request.description() == null || request.description().length() <= 4000).isTrue();
        assertThat(Set.of("question", "complaint")).contains(request.kind());
        Map<String, Object> written = new LinkedHashMap<>();
        written.put("description", request.description());
        written.put("address", request.location());
        written.put("name", request.residentName());
        written.put("attributes", String.valueOf(request.attributes()));
        byte[] xml = DocumentWriter.write(Document.object("request", written), Format.XML);
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    @FuzzTest(maxDuration = "5m", maxExecutions = 1_200_000)
    void reading_a_query_keeps_the_90_day_window_or_refuses_it(FuzzedDataProvider data) {
        try {
            RequestQuery query = RequestQuery.parse(fields(data), VASTERAS, Instant.parse("2026-11-22T12:00:00Z"));
            assertThat(query.end()).isAfterOrEqualTo(query.start());
            assertThat(query.end()).isBeforeOrEqualTo(query.start().plus(RequestViews.WINDOW));
        } catch (Open311Exception refused) {
            assertThat(refused.status()).isEqualTo(400);
        }
    }

    /** Known field names with fuzzed values, now and then a fuzzed name, a repeated field or a missing value. */
    static Map<String, String[]> fields(FuzzedDataProvider data) {
        Map<String, String[]> fields = new HashMap<>();
        int count = data.consumeInt(0, 12);
        for (int i = 0; i < count; i++) {
            String name = data.consumeBoolean() ? data.pickValue(FIELDS) : data.consumeString(30);
            int values = data.consumeInt(1, 3) == 3 ? 2 : 1;
            String[] sent = new String[values];
            for (int v = 0; v < values; v++) {
                sent[v] = data.consumeString(data.consumeInt(0, 5000));
            }
            fields.put(name, sent);
        }
        return fields;
    }
}
