package org.citydialogue.plans;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How an outcome is measured: from {@code baseline} towards {@code target} (either direction), with
 * the {@code current} value if known. When {@code kpi} is set the current value is the partner's
 * published benchmark figure, read when the plan is read, not typed in.
 */
public record Indicator(long id, long outcomeId, LocalizedText title, String unit, BigDecimal baseline,
        BigDecimal target, @Nullable BigDecimal current, @Nullable KpiBinding kpi, int version) {

    /** A published KPI of one tenant: {@code code} as the benchmarks module publishes it. */
    public record KpiBinding(String code, String tenantId) {
    }

    /** Share of the way from baseline to target that has been covered, 0 at baseline, 1 at target. */
    public Optional<Double> progress() {
        if (current == null) {
            return Optional.empty();
        }
        return Optional.of(current.subtract(baseline)
                .divide(target.subtract(baseline), MathContext.DECIMAL64).doubleValue());
    }

    Indicator withCurrent(@Nullable BigDecimal value) {
        return new Indicator(id, outcomeId, title, unit, baseline, target, value, kpi, version);
    }
}
