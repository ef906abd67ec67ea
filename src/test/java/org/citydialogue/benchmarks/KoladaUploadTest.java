package org.citydialogue.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.citydialogue.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Västerås's admin brings in Swedish reference values from Kolada for the response rate (N00672). */
class KoladaUploadTest extends DashboardScreens {

    @Autowired
    BenchmarkDashboards dashboards;

    private String upload(String name, String type, String content) {
        test($(Upload.class).id("benchmark-kolada-upload")).upload(name, type,
                content.getBytes(StandardCharsets.UTF_8));
        MockVaadin.clientRoundtrip();
        return $(Paragraph.class).id("benchmark-publish-outcome").getText();
    }

    private List<Dashboard.Reference> references() {
        return org.citydialogue.tenancy.TenantContext.call("vasteras",
                () -> dashboards.dashboard(MayOf2020.PARTNERSHIP, "response-rate").references());
    }

    @Test
    void the_reference_lines_of_an_uploaded_kolada_answer_appear_for_both_cities() {
        openAs("jinan", "zhang.supervisor", Role.SUPERVISOR);
        assertThat(trendChart()).doesNotContain("Kolada N00672 2031");

        openAs("vasteras", "adam.admin", Role.TENANT_ADMIN);
        String outcome = upload("kolada.json", "application/json", """
                {"count": 2, "values": [
                  {"kpi": "N00672", "municipality": "1980", "period": 2031,
                   "values": [{"count": 1, "gender": "T", "status": "", "value": 81.5}]},
                  {"kpi": "N00672", "municipality": "0000", "period": 2031,
                   "values": [{"count": 1, "gender": "T", "status": "", "value": 77}]},
                  {"kpi": "N09999", "municipality": "1980", "period": 2031,
                   "values": [{"count": 1, "gender": "T", "status": "", "value": 5}]}
                ]}
                """);

        assertThat(outcome).isEqualTo("Importerade 2 referensvärden.");
        assertThat(trendChart()).contains("Kolada N00672 2031");
        assertThat(references()).filteredOn(reference -> reference.period() == 2031)
                .extracting(Dashboard.Reference::municipality).containsExactlyInAnyOrder("1980", "0000");
        // The partner's cached dashboard was dropped: Jinan sees the line at once.
        openAs("jinan", "zhang.supervisor", Role.SUPERVISOR);
        assertThat(trendChart()).contains("Kolada N00672 2031");
    }

    @Test
    void a_bad_file_is_refused_with_its_line_in_swedish_and_nothing_of_it_is_imported() {
        openAs("vasteras", "adam.admin", Role.TENANT_ADMIN);
        assertThat(upload("kolada.csv", "text/csv", "kpi;municipality;period;gender;value\n"
                + "N00674;1980;2032;T;60,5\n")).isEqualTo("Importerade 1 referensvärde.");

        String outcome = upload("kolada.csv", "text/csv", "kpi;municipality;period;gender;value\n"
                + "N00674;1980;2033;T;62\n"
                + "N00674;1980;20x4;T;63\n");

        assertThat(outcome).isEqualTo("Rad 3: ”20x4” är inget årtal. Ingenting importerades.");
        assertThat(references()).filteredOn(reference -> reference.koladaId().equals("N00674"))
                .singleElement().satisfies(kept -> {
                    assertThat(kept.period()).isEqualTo(2032);
                    assertThat(kept.value()).isCloseTo(0.605, org.assertj.core.data.Offset.offset(1e-9));
                });
        assertThat(upload("sheet.csv", "text/csv", "kommun;år\nVästerås;2024\n"))
                .isEqualTo("CSV-filen saknar kolumnen ”kpi” (som behövs: kpi, municipality, period, value). "
                        + "Ingenting importerades.");
    }
}
