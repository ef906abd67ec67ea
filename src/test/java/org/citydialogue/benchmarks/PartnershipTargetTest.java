package org.citydialogue.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import java.util.List;
import org.citydialogue.BrowserlessAppTest;
import org.citydialogue.benchmarks.ui.BenchmarkView;
import org.citydialogue.benchmarks.ui.EChart;
import org.citydialogue.identity.Role;
import org.citydialogue.identity.SignedInStaff;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/** The partnership agrees its own target for the response rate instead of the catalogue's 95 %. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartnershipTargetTest extends BrowserlessAppTest {

    @Autowired
    CaseRows rows;

    @Autowired
    BenchmarkPublications publications;

    @Autowired
    KpiCatalogue catalogue;

    @BeforeAll
    void bothCitiesPublishMay() {
        MayOf2020.publish(rows, publications, List.of("response-rate"));
    }

    @AfterEach
    void signOut() {
        SignedInStaff.signOut();
    }

    @SuppressWarnings("unchecked")
    private void openAs(String tenant, String username, Role role) {
        SignedInStaff.as(tenant, username, username, role);
        openApp();
        navigate(BenchmarkView.class);
        $(Select.class).id("benchmark-kpi").setValue(catalogue.require("response-rate"));
    }

    private String trendChart() {
        return $(EChart.class).id("benchmark-trend-chart").option();
    }

    @Test
    void a_vasteras_admin_sets_the_partnership_target_jinan_sees_it_and_clearing_it_brings_back_the_catalogue_s() {
        openAs("vasteras", "adam.admin", Role.TENANT_ADMIN);
        assertThat(trendChart()).contains("\"name\":\"Mål\",\"yAxis\":0.95");
        try {
            $(NumberField.class).id("benchmark-target-value").setValue(150.0);
            test($(Button.class).id("benchmark-target-save")).click();
            assertThat($(Span.class).id("benchmark-target-outcome").getText())
                    .isEqualTo("Ange ett mål på 0 eller mer (en procentsats högst 100).");

            $(NumberField.class).id("benchmark-target-value").setValue(90.0);
            test($(Button.class).id("benchmark-target-save")).click();
            assertThat(trendChart()).contains("\"name\":\"Partnerskapets mål\",\"yAxis\":0.9")
                    .doesNotContain("0.95");

            openAs("jinan", "zhang.supervisor", Role.SUPERVISOR);
            assertThat(trendChart()).contains("\"name\":\"伙伴关系目标\",\"yAxis\":0.9");
        } finally {
            openAs("vasteras", "adam.admin", Role.TENANT_ADMIN);
            test($(Button.class).id("benchmark-target-clear")).click();
        }
        assertThat(trendChart()).contains("\"name\":\"Mål\",\"yAxis\":0.95");
        assertThat($(Span.class).id("benchmark-target-outcome").getText())
                .isEqualTo("Katalogens mål visas (partnerskapet har inte satt något).");
    }
}
