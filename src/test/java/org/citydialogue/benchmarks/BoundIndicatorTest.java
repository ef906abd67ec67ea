package org.citydialogue.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.citydialogue.AppTest;
import org.citydialogue.identity.Role;
import org.citydialogue.identity.SignedInStaff;
import org.citydialogue.identity.StaffUser;
import org.citydialogue.plans.Indicator;
import org.citydialogue.plans.PlanUpdates;
import org.citydialogue.plans.Plans;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The joint plan's indicator "share of cases answered within two working days" is bound to what
 * Västerås publishes of that KPI: when the city republishes, the indicator moves, and open plan
 * screens are told at once.
 */
@AppTest
class BoundIndicatorTest {

    private static final YearMonth JUNE_2019 = YearMonth.of(2019, 6);

    @Autowired
    CaseRows rows;
    @Autowired
    BenchmarkPublications publications;
    @Autowired
    Plans plans;
    @Autowired
    PlanUpdates updates;

    @AfterEach
    void signOut() {
        SignedInStaff.signOut();
    }

    @Test
    void a_bound_indicator_moves_when_vasteras_republishes_the_kpi() {
        StaffUser adam = SignedInStaff.as("vasteras", "adam.admin", "Adam Nilsson", Role.TENANT_ADMIN);
        // June 2019: 18 answered within hours, 2 answered a week later (the promise was two working days).
        rows.answered(18, "phone", "streets-parks", "2019-06-03T09:00+02:00");
        for (int i = 0; i < 2; i++) {
            rows.insert("email", "streets-parks", "2019-06-03T09:00+02:00", "2019-06-10T09:00+02:00",
                    "2019-06-05T17:00+02:00", null, null, null, null);
        }
        rows.refresh();
        publications.publish(adam, MayOf2020.PARTNERSHIP, List.of("answered-2wd"), JUNE_2019, JUNE_2019);
        assertThat(boundIndicator(adam).current()).isEqualByComparingTo(new BigDecimal("90.0"));

        var told = new AtomicInteger();
        var registration = updates.subscribe(MayOf2020.PARTNERSHIP, told::incrementAndGet);
        try {
            // Five more cases of June, none answered in time, then the city publishes again.
            for (int i = 0; i < 5; i++) {
                rows.insert("web", "other", "2019-06-04T09:00+02:00", null, "2019-06-06T17:00+02:00", null, null,
                        null, null);
            }
            rows.refresh();
            publications.publish(adam, MayOf2020.PARTNERSHIP, List.of("answered-2wd"), JUNE_2019, JUNE_2019);

            await().atMost(Duration.ofSeconds(5)).until(() -> told.get() > 0);
        } finally {
            registration.remove();
        }
        // 18 of 25 answered within two working days.
        StaffUser jinanMember = SignedInStaff.as("jinan", "li.agent", "李娜", Role.AGENT);
        assertThat(boundIndicator(jinanMember).current()).isEqualByComparingTo(new BigDecimal("72.0"));
    }

    private Indicator boundIndicator(StaffUser reader) {
        return plans.plan(reader, MayOf2020.PARTNERSHIP).orElseThrow().outcomes().stream()
                .flatMap(outcome -> outcome.indicators().stream())
                .filter(indicator -> indicator.kpi() != null && indicator.kpi().code().equals("answered-2wd"))
                .findFirst().orElseThrow();
    }
}
