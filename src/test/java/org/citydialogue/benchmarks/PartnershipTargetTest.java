package org.citydialogue.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.NumberField;
import org.citydialogue.identity.Role;
import org.junit.jupiter.api.Test;

/** The partnership agrees its own target for the response rate instead of the catalogue's 95 %. */
class PartnershipTargetTest extends DashboardScreens {

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
