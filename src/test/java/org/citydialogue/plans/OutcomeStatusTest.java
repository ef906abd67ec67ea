package org.citydialogue.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A three-year project, half-way through: indicators are held against half their way to the target. */
class OutcomeStatusTest {

    private static final LocalDate STARTS = LocalDate.of(2026, 1, 1);
    private static final LocalDate ENDS = LocalDate.of(2029, 1, 1);
    private static final LocalDate HALF_WAY = LocalDate.of(2027, 7, 2);

    @Test
    void an_indicator_half_way_to_its_target_at_half_time_is_on_track() {
        assertThat(derive(indicator("78", "90", "84"))).isEqualTo(OutcomeStatus.ON_TRACK);
    }

    @Test
    void lagging_a_quarter_of_the_way_is_at_risk_and_more_is_off_track() {
        assertThat(derive(indicator("0", "100", "25"))).isEqualTo(OutcomeStatus.AT_RISK);
        assertThat(derive(indicator("0", "100", "10"))).isEqualTo(OutcomeStatus.OFF_TRACK);
    }

    @Test
    void a_falling_target_counts_progress_downwards() {
        // Waiting time from 40 down to 20 days, now 30: half-way.
        assertThat(derive(indicator("40", "20", "30"))).isEqualTo(OutcomeStatus.ON_TRACK);
    }

    @Test
    void the_outcome_takes_its_worst_indicator_and_without_values_it_is_at_risk() {
        assertThat(derive(indicator("0", "10", "5"), indicator("0", "100", "5"))).isEqualTo(OutcomeStatus.OFF_TRACK);
        assertThat(derive(indicator("0", "10", null))).isEqualTo(OutcomeStatus.AT_RISK);
    }

    private static OutcomeStatus derive(Indicator... indicators) {
        return OutcomeStatus.derive(new Outcome(1, LocalizedText.of("a", "b", "c"), List.of(indicators), 0), STARTS,
                ENDS, HALF_WAY);
    }

    private static Indicator indicator(String baseline, String target, String current) {
        return new Indicator(1, 1, LocalizedText.of("a", "b", "c"), "%", new BigDecimal(baseline),
                new BigDecimal(target), current == null ? null : new BigDecimal(current), null, 0);
    }
}
