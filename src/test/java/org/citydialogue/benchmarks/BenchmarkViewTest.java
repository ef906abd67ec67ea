package org.citydialogue.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import org.citydialogue.benchmarks.ui.BenchmarkView;
import org.citydialogue.benchmarks.ui.EChart;
import org.citydialogue.i18n.HardCodedTextGuard;
import org.citydialogue.identity.Role;
import org.citydialogue.identity.SignedInStaff;
import org.junit.jupiter.api.Test;

/** The partnership dashboard as Jinan's supervisor and Västerås's admin use it. */
class BenchmarkViewTest extends DashboardScreens {

    private String table(String id) {
        return $(NativeTable.class).id(id).getElement().getTextRecursively();
    }

    @Test
    void a_jinan_supervisor_sees_both_cities_in_chinese_with_a_table_beside_every_chart() {
        SignedInStaff.as("jinan", "zhang.supervisor", "张敏", Role.SUPERVISOR);
        openApp();
        com.vaadin.flow.component.UI.getCurrent().setLocale(java.util.Locale.forLanguageTag("zh-Hans"));
        navigate(BenchmarkView.class);

        @SuppressWarnings("unchecked")
        Select<Kpi> kpi = $(Select.class).id("benchmark-kpi");
        assertThat(kpi.getListDataView().getItems().map(Kpi::id).toList()).containsExactly("response-rate");
        assertThat(kpi.getValue().id()).isEqualTo("response-rate");
        assertThat(table("benchmark-trend-table")).contains("2020年5月", "济南", "韦斯特罗斯", "97.2%", "伙伴平均值");
        assertThat($(EChart.class).id("benchmark-trend-chart").option()).contains("\"type\":\"line\"", "济南")
                .contains("\"yAxis\":0.95");
        assertThat(table("benchmark-cities-table")).contains("韦斯特罗斯", "97.2%");
        // Drill-down: Jinan's own categories, never Västerås's.
        assertThat(table("benchmark-own-table")).contains("交通出行", "住房保障").doesNotContain("街道与公园");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_jinan_supervisor_breaks_vasteras_down_by_category_and_channel_and_small_cells_stay_hidden() {
        SignedInStaff.as("jinan", "zhang.supervisor", "张敏", Role.SUPERVISOR);
        openApp();
        com.vaadin.flow.component.UI.getCurrent().setLocale(java.util.Locale.forLanguageTag("zh-Hans"));
        navigate(BenchmarkView.class);
        $(Select.class).id("benchmark-kpi").setValue(catalogue.require("response-rate"));
        Select<Dashboard.City> city = $(Select.class).id("benchmark-published-city");
        $(Select.class).id("benchmark-published-month").setValue(MayOf2020.MAY);

        // Only the partner is offered (Jinan's own parts are in its own drill-down).
        assertThat(city.getListDataView().getItems().map(Dashboard.City::tenantId).toList())
                .containsExactly("vasteras");
        // Streets and parks: 20 of 21 answered. "Other" (3 cases) is hidden, and with it the next smallest
        // (culture and leisure, 12 of 12) so that neither follows from the total: both read "hidden".
        String byCategory = table("benchmark-published-table");
        assertThat(byCategory).contains("韦斯特罗斯", "街道与公园", "95.2%", "文化与休闲", "其他").doesNotContain("100%");
        assertThat(byCategory.split("已隐藏", -1)).hasSize(3);
        assertThat($(EChart.class).id("benchmark-published-chart").option()).contains("null");

        $(Select.class).id("benchmark-published-dimension").setValue(KpiCell.Dimension.CHANNEL);
        String byChannel = table("benchmark-published-table");
        assertThat(byChannel).contains("电话", "95.2%", "电子邮件", "网站").doesNotContain("100%");
        assertThat(byChannel.split("已隐藏", -1)).hasSize(3);
    }

    @Test
    void a_vasteras_supervisor_reads_the_definition_and_the_comparability_note_in_swedish() {
        SignedInStaff.as("vasteras", "sara.supervisor", "Sara Lind", Role.SUPERVISOR);
        openApp();
        com.vaadin.flow.component.UI.getCurrent().setLocale(java.util.Locale.forLanguageTag("sv"));
        navigate(BenchmarkView.class);

        assertThat($(Paragraph.class).id("benchmark-definition").getText()).isEqualTo(
                "Andel kontakter som fått svar. Varje svar som stoppar stadens svarsklocka räknas, hur sent det än kommer.");
    }

    @Test
    void the_dashboard_has_no_hard_coded_text() {
        SignedInStaff.as("vasteras", "adam.admin", "Adam Nilsson", Role.TENANT_ADMIN);
        openApp();
        HardCodedTextGuard.usePseudoLocale();
        HardCodedTextGuard.assertNoHardCodedText(navigate(BenchmarkView.class));
    }

    @Test
    void a_vasteras_admin_publishes_from_the_screen_and_the_publication_is_recorded() {
        SignedInStaff.as("vasteras", "adam.admin", "Adam Nilsson", Role.TENANT_ADMIN);
        openApp();
        navigate(BenchmarkView.class);

        @SuppressWarnings("unchecked")
        CheckboxGroup<Kpi> kpis = $(CheckboxGroup.class).id("benchmark-publish-kpis");
        kpis.setValue(java.util.Set.of(catalogue.require("contacts-per-10k")));
        test($(com.vaadin.flow.component.button.Button.class).id("benchmark-publish-button")).click();

        assertThat($(Paragraph.class).id("benchmark-publish-outcome").getText()).startsWith("Publicerade");
        @SuppressWarnings("unchecked")
        Grid<Publication> history = $(Grid.class).id("benchmark-publications");
        assertThat(test(history).getCellText(0, 1)).isEqualTo("vasteras · adam.admin");
        assertThat(test(history).getCellText(0, 2)).isEqualTo("Kontakter per 10 000 invånare");
    }
}
