package org.citydialogue.benchmarks;

import java.time.YearMonth;

/** One stored rollup row: a month × category × channel and its sums. */
record RollupRow(YearMonth month, String category, String channel, RollupCell cell) {
}
