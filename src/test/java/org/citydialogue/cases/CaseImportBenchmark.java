package org.citydialogue.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.citydialogue.AppTest;
import org.citydialogue.calendar.BusinessCalendars;
import org.citydialogue.tenancy.Tenant;
import org.citydialogue.bench.BenchmarkFigures;
import org.citydialogue.tenancy.TenantContext;
import org.citydialogue.tenancy.TenantDirectory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Import speed against the same-run reference: raw COPY of the very same file into a bare table of
 * text columns. Prints figures; run with
 * {@code ./mvnw test -Dgroups=benchmark -DexcludedGroups= -Dtest=CaseImportBenchmark}.
 */
@Tag("benchmark")
@AppTest
@TestPropertySource(properties = {"citydialogue.test.context=import-benchmark",
    "logging.level.org.citydialogue.cases.CaseImport=debug"})
class CaseImportBenchmark {

    private static final int ROUNDS = 3;

    @Autowired
    CaseImport caseImport;
    @Autowired
    CaseCatalogue catalogue;
    @Autowired
    TenantDirectory tenants;
    @Autowired
    BusinessCalendars calendars;
    @Autowired
    DataSource dataSource;

    @TempDir
    Path folder;

    @Test
    void import_compared_with_raw_copy() throws Exception {
        Tenant vasteras = tenants.require("vasteras");
        Path file = folder.resolve("history.csv");
        long rows;
        try (Writer out = Files.newBufferedWriter(file)) {
            rows = new CaseHistory(vasteras, catalogue.require("vasteras"), calendars.forTenant(vasteras), 42)
                    .write(out, LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1), 800);
        }
        System.out.printf("%nImport benchmark: %,d generated Västerås cases, %,d bytes%n", rows, Files.size(file));
        double bestRaw = 0;
        double bestImport = 0;
        for (int round = 1; round <= ROUNDS; round++) {
            double raw = TenantContext.call("vasteras", () -> rawCopy(file)) ;
            long start = System.nanoTime();
            ImportReport report = TenantContext.call("vasteras", () -> {
                try (InputStream in = Files.newInputStream(file)) {
                    return caseImport.importAs("benchmark", in);
                }
            });
            double imported = report.imported() / ((System.nanoTime() - start) / 1e9);
            assertThat(report.imported()).isEqualTo(rows);
            System.out.printf("round %d: raw COPY into a bare table %,12.0f rows/s | import %,12.0f cases/s | "
                    + "ratio %.2f%n", round, raw, imported, imported / raw);
            bestRaw = Math.max(bestRaw, raw);
            bestImport = Math.max(bestImport, imported);
        }
        System.out.printf("best: raw COPY %,.0f rows/s, import %,.0f cases/s, ratio %.2f (goals: >= 100,000/s, "
                + ">= 0.5)%n%n", bestRaw, bestImport, bestImport / bestRaw);
        BenchmarkFigures.record("3", "CSV import, cases/s", bestImport, "cases/s", "raw COPY of the same file into a "
                + "bare table, rows/s", bestRaw, "≥ 100,000/s and ≥ 0.5 × reference",
                bestImport >= 100_000 && bestImport >= 0.5 * bestRaw, String.format(java.util.Locale.ROOT,
                        "%,d generated cases, best of %d rounds, ratio %.2f", rows, ROUNDS, bestImport / bestRaw));
    }

    private double rawCopy(Path file) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (var statement = connection.createStatement()) {
                statement.execute("create temp table bare (" + String.join(" text, ", CaseImport.COLUMNS)
                        + " text) on commit drop");
            }
            long start = System.nanoTime();
            long copied;
            try (InputStream in = Files.newInputStream(file)) {
                copied = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy bare from stdin with "
                        + "(format csv, header match)", in);
            }
            double perSecond = copied / ((System.nanoTime() - start) / 1e9);
            connection.rollback();
            return perSecond;
        }
    }
}
