package org.citydialogue.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citydialogue.open311.Open311Calls.form;
import static org.citydialogue.open311.Open311Calls.json;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;
import org.citydialogue.AppTest;
import org.citydialogue.cases.Cases;
import org.citydialogue.cases.NewCase;
import org.citydialogue.cases.ResidentCase;
import org.citydialogue.identity.Role;
import org.citydialogue.identity.SignedInStaff;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.Document;

/** Open311 clients read a city's services and requests, in XML and JSON, in their language, without personal data. */
@AppTest
class Open311ReadTest {

    @LocalServerPort
    int port;

    @Autowired
    Cases cases;

    private Open311Calls api;

    @BeforeEach
    void client() {
        api = new Open311Calls(port);
    }

    @AfterEach
    void signOut() {
        SignedInStaff.signOut();
    }

    @Test
    void services_come_from_the_citys_catalogue_in_the_language_asked_for() throws Exception {
        var chinese = api.get("/open311/v2/services.json?jurisdiction_id=jinan");
        Schemas.assertValid(json(chinese), "services.json");
        assertThat(names(chinese)).contains("市容环境");
        assertThat(names(api.get("/open311/v2/services.json?jurisdiction_id=jinan", "Accept-Language", "en-GB,en;q=0.8")))
                .contains("City appearance");
        var swedish = api.get("/open311/v2/services.xml?jurisdiction_id=jinan&locale=sv");
        assertThat(xpath(swedish.body(), "/services/service[service_code='city-appearance']/service_name"))
                .isEqualTo("Stadsmiljö");
        assertThat(swedish.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/xml");
        var vasteras = api.get("/open311/v2/services.json?jurisdiction_id=vasteras");
        assertThat(names(vasteras)).contains("Gator och parker");
        assertThat(json(vasteras).get(0).get("group").asString()).isEqualTo("Förskola och skola");
    }

    @Test
    void a_service_definition_has_an_attribute_of_every_datatype() throws Exception {
        var definition = api.get("/open311/v2/services/streets-parks.json?jurisdiction_id=vasteras&locale=en");
        Schemas.assertValid(json(definition), "service-definition.json");
        var attributes = json(definition).get("attributes");
        assertThat(attributes.valueStream().map(a -> a.get("datatype").asString()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("string", "number", "datetime", "text", "singlevaluelist",
                        "multivaluelist");
        assertThat(attributes.get(0).get("code").asString()).isEqualTo("kind");
        assertThat(attributes.get(0).get("values").valueStream().map(v -> v.get("name").asString()))
                .contains("Complaint", "Question");
        var xml = api.get("/open311/v2/services/streets-parks.xml?jurisdiction_id=vasteras");
        assertThat(xpath(xml.body(), "count(/service_definition/attributes/attribute)")).isEqualTo("7");
        assertThat(api.get("/open311/v2/services/no-such-service.json?jurisdiction_id=vasteras").statusCode())
                .isEqualTo(404);
    }

    @Test
    void a_request_posted_in_xml_reads_back_in_xml_and_json_and_closes_when_the_city_closes_it() throws Exception {
        var posted = api.post("/open311/v2/requests.xml", form("jurisdiction_id", "vasteras", "api_key",
                Open311Calls.VASTERAS_KEY, "service_code", "streets-parks", "lat", "59.61", "long", "16.545",
                "description", "Hål i cykelbanan.", "media_url", "https://example.se/hal.jpg"));
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
        String id = xpath(posted.body(), "/service_requests/request/service_request_id");
        String token = xpath(posted.body(), "/service_requests/request/token");

        var xml = api.get("/open311/v2/requests/" + id + ".xml?jurisdiction_id=vasteras");
        assertThat(xpath(xml.body(), "/service_requests/request/status")).isEqualTo("open");
        assertThat(xpath(xml.body(), "/service_requests/request/service_code")).isEqualTo("streets-parks");
        assertThat(xpath(xml.body(), "/service_requests/request/lat")).isEqualTo("59.61");
        assertThat(xpath(xml.body(), "/service_requests/request/requested_datetime")).matches(".*\\+0[12]:00");

        var one = api.get("/open311/v2/requests/" + id + ".json?jurisdiction_id=vasteras");
        Schemas.assertValid(json(one), "requests.json");
        assertThat(json(one).get(0).get("description").asString()).isEqualTo("Hål i cykelbanan.");
        assertThat(json(one).get(0).get("media_url").asString()).isEqualTo("https://example.se/hal.jpg");
        assertThat(json(api.get("/open311/v2/tokens/" + token + ".json?jurisdiction_id=vasteras")).get(0)
                .get("service_request_id").asString()).isEqualTo(id);
        var listed = api.get("/open311/v2/requests.json?jurisdiction_id=vasteras&service_code=streets-parks");
        Schemas.assertValid(json(listed), "requests.json");
        assertThat(Open311IntakeTest.ids(json(listed))).contains(id);

        var anna = SignedInStaff.as("vasteras", "anna.agent", "Anna Lindqvist", Role.AGENT);
        ResidentCase answered = cases.act(anna, cases.find(id).orElseThrow().id(),
                cases.find(id).orElseThrow().version(), "answer", null, "Lagat.");
        cases.act(anna, answered.id(), answered.version(), "close", null, null);

        var closed = json(api.get("/open311/v2/requests/" + id + ".json?jurisdiction_id=vasteras&extensions=true"
                + "&locale=en"));
        Schemas.assertValid(closed, "requests.json");
        assertThat(closed.get(0).get("status").asString()).isEqualTo("closed");
        assertThat(closed.get(0).get("status_notes").asString()).isEqualTo("Closed");
        var extended = closed.get(0).get("extended_attributes");
        assertThat(extended.get("detailed_status").asString()).isEqualTo("closed");
        assertThat(extended.get("notes").valueStream().map(n -> n.get("detailed_status").asString()))
                .containsExactly("received", "answered", "closed");
        assertThat(closed.toString()).as("staff's note is not published").doesNotContain("Lagat");
        assertThat(Open311IntakeTest.ids(json(api.get(
                "/open311/v2/requests.json?jurisdiction_id=vasteras&status=open")))).doesNotContain(id);
        assertThat(Open311IntakeTest.ids(json(api.get(
                "/open311/v2/requests.json?jurisdiction_id=vasteras&status=closed")))).contains(id);
    }

    @Test
    void public_reads_never_show_a_residents_name_email_or_phone() throws Exception {
        var posted = api.post("/open311/v2/requests.json", form("jurisdiction_id", "vasteras", "api_key",
                Open311Calls.VASTERAS_KEY, "service_code", "other", "address_string", "Kopparbergsvägen 10",
                "first_name", "Karin", "last_name", "Wahlström", "email", "karin.wahlstrom@example.se",
                "phone", "+46 70 123 45 67", "description", "Skylten har fallit ner."));
        String id = json(posted).get(0).get("service_request_id").asString();
        var anna = SignedInStaff.as("vasteras", "anna.agent", "Anna Lindqvist", Role.AGENT);
        String byPhone = cases.register(anna, new NewCase("question", "phone", "social-support",
                "Ringde om sin mammas hemtjänst, Vasagatan 3.", "Vasagatan 3", "Göran Öberg", null, "021-123456",
                "sv")).reference();
        SignedInStaff.signOut();

        for (String path : List.of("/open311/v2/requests.json?jurisdiction_id=vasteras&extensions=true",
                "/open311/v2/requests.xml?jurisdiction_id=vasteras&extensions=true",
                "/open311/v2/requests/" + id + ".json?jurisdiction_id=vasteras",
                "/open311/v2/requests/" + byPhone + ".xml?jurisdiction_id=vasteras")) {
            String body = api.get(path).body();
            assertThat(body).as(path).doesNotContain("Karin", "Wahlström", "karin.wahlstrom", "123 45 67", "Göran",
                    "Öberg", "021-123456", "hemtjänst", "Vasagatan 3");
        }
        var publicPhoneCase = json(api.get("/open311/v2/requests/" + byPhone + ".json?jurisdiction_id=vasteras"));
        assertThat(publicPhoneCase.get(0).get("description").isNull()).as("a phone call's text is not public").isTrue();
        assertThat(json(api.get("/open311/v2/requests/" + id + ".json?jurisdiction_id=vasteras")).get(0)
                .get("description").asString()).isEqualTo("Skylten har fallit ner.");
        var ownClient = json(api.get("/open311/v2/requests/" + byPhone + ".json?api_key=" + Open311Calls.VASTERAS_KEY));
        assertThat(ownClient.get(0).get("description").asString()).contains("hemtjänst");
        assertThat(ownClient.toString()).doesNotContain("Göran", "021-123456");
    }

    @Test
    void discovery_and_the_openapi_description_are_served() {
        var discovery = json(api.get("/open311/v2/discovery.json?jurisdiction_id=vasteras&locale=en"));
        assertThat(discovery.get("endpoints").get(0).get("url").asString()).endsWith("/open311/v2/");
        assertThat(discovery.get("endpoints").get(0).get("formats").valueStream().map(f -> f.asString()))
                .containsExactly("text/xml", "application/json");
        assertThat(discovery.get("contact").asString()).startsWith("City of Västerås");
        var openapi = api.get("/open311/v2/openapi.json");
        assertThat(openapi.statusCode()).isEqualTo(200);
        assertThat(json(openapi).get("paths").propertyNames()).contains("/open311/v2/{file}",
                "/open311/v2/requests/{file}", "/open311/v2/services/{file}", "/open311/v2/tokens/{file}");
    }

    private static Set<String> names(java.net.http.HttpResponse<String> response) {
        return json(response).valueStream().map(s -> s.get("service_name").asString()).collect(Collectors.toSet());
    }

    static String xpath(String xml, String expression) throws Exception {
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        return XPathFactory.newInstance().newXPath().evaluate(expression, document);
    }
}
