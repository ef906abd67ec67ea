package org.citydialogue.benchmarks;

import com.vaadin.flow.component.select.Select;
import java.util.List;
import org.citydialogue.BrowserlessAppTest;
import org.citydialogue.benchmarks.ui.BenchmarkView;
import org.citydialogue.benchmarks.ui.EChart;
import org.citydialogue.identity.Role;
import org.citydialogue.identity.SignedInStaff;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The partnership dashboard of May 2020 ({@link MayOf2020}: both cities publish the response rate),
 * opened by a member on the response rate, for tests of what a member does on it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DashboardScreens extends BrowserlessAppTest {

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

    /** Signs in, opens the dashboard and chooses the response rate. */
    @SuppressWarnings("unchecked")
    void openAs(String tenant, String username, Role role) {
        SignedInStaff.as(tenant, username, username, role);
        openApp();
        navigate(BenchmarkView.class);
        $(Select.class).id("benchmark-kpi").setValue(catalogue.require("response-rate"));
    }

    /** The ECharts option of the monthly trend, as sent to the browser. */
    String trendChart() {
        return $(EChart.class).id("benchmark-trend-chart").option();
    }
}
