package org.citydialogue.cases;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Whatever text a timestamp column holds, the import's reader accepts it exactly when
 * {@code OffsetDateTime.parse} does, with the same instant. {@code mvn test} runs the committed
 * inputs in OffsetTimestampsFuzzTestInputs; to fuzz, see README (import).
 */
class OffsetTimestampsFuzzTest {

    /** Fuzzing (JAZZER_FUZZ=1) stops after 2 million inputs or 10 minutes, whichever comes first. */
    @FuzzTest(maxDuration = "10m", maxExecutions = 2_000_000)
    void a_timestamp_is_read_as_java_time_reads_it(FuzzedDataProvider data) {
        // Mostly a real timestamp with a fuzzed part in it, so the fuzzer starts near valid input.
        String real = "2025-03-02T09:15:00.123+01:00";
        String text = data.consumeBoolean()
                ? real.substring(0, data.consumeInt(0, real.length())) + data.consumeString(12)
                        + real.substring(data.consumeInt(0, real.length()))
                : data.consumeRemainingAsString();
        OffsetTimestampsTest.assertSameAsJavaTime(text);
    }
}
