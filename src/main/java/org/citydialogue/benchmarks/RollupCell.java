package org.citydialogue.benchmarks;

import java.util.Arrays;
import java.util.List;

/**
 * Sums of a tenant's rollup columns over some set of (month, category, channel) rows, with the
 * histogram of hours to the first answer, and the KPI values made from them. Adding cells is how a
 * month's total or a category's row is made from the stored rows.
 */
final class RollupCell {

    /** The counting columns of {@code kpi_rollup}, in table order. */
    static final List<String> MEASURES = List.of("contacts", "answered", "answered_in_promise", "answered_1wd",
            "answered_2wd", "closed", "closed_in_time", "forwarded", "first_contact", "reopened", "urged",
            "skr_rated", "skr_index_sum", "rated", "satisfied");

    /** Upper bounds (hours) of the first-answer buckets; the last bucket is open-ended. */
    static final double[] HOUR_BUCKETS = {1, 2, 4, 8, 12, 24, 36, 48, 72, 96, 120, 168, 240, 336, 504, 720};

    private final long[] sums = new long[MEASURES.size()];
    private final long[] answerHours = new long[HOUR_BUCKETS.length + 1];

    long get(String measure) {
        return sums[index(measure)];
    }

    void set(String measure, long value) {
        sums[index(measure)] = value;
    }

    void addAnswerHours(int bucket, long cases) {
        answerHours[bucket] += cases;
    }

    RollupCell add(RollupCell other) {
        for (int i = 0; i < sums.length; i++) {
            sums[i] += other.sums[i];
        }
        for (int i = 0; i < answerHours.length; i++) {
            answerHours[i] += other.answerHours[i];
        }
        return this;
    }

    /**
     * The q-quantile of hours to first answer, linearly interpolated inside its bucket (the open
     * last bucket is read as its lower bound); NaN without answers.
     */
    double answerHoursQuantile(double q) {
        long total = Arrays.stream(answerHours).sum();
        if (total == 0) {
            return Double.NaN;
        }
        double rank = q * total;
        long seen = 0;
        for (int b = 0; b < answerHours.length; b++) {
            if (answerHours[b] > 0 && seen + answerHours[b] >= rank) {
                double lower = b == 0 ? 0 : HOUR_BUCKETS[b - 1];
                if (b == HOUR_BUCKETS.length) {
                    return lower;
                }
                return lower + (HOUR_BUCKETS[b] - lower) * (rank - seen) / answerHours[b];
            }
            seen += answerHours[b];
        }
        return HOUR_BUCKETS[HOUR_BUCKETS.length - 1];
    }

    private static int index(String measure) {
        int i = MEASURES.indexOf(measure);
        if (i < 0) {
            throw new IllegalArgumentException("No rollup column " + measure);
        }
        return i;
    }
}
