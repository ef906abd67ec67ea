package org.citydialogue.cases;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.InputStreamReader;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import org.citydialogue.bench.ProcessorTime;
import org.citydialogue.calendar.BusinessCalendars;
import org.citydialogue.calendar.Deadlines;
import org.citydialogue.tenancy.Tenant;
import org.citydialogue.tenancy.TenantDirectory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.copy.CopyIn;
import org.postgresql.util.ByteStreamWriter;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * The JVM's part of an import alone: reading the CaseImportBenchmark's own file, checking each row,
 * its deadline and its binary COPY encoding, with the bytes thrown away instead of sent. Prints this
 * thread's CPU and allocation per row for the first (cold) round and the warm ones, beside the
 * reference of reading the file as text and nothing else, measured in the same round. Only the case
 * numbers come from a database (a bare embedded PostgreSQL with the sequence), as in the import.
 * Run with {@code ./mvnw test -Dgroups=benchmark -DexcludedGroups= -Dtest=CaseImportPipelineBenchmark}.
 */
@Tag("benchmark")
class CaseImportPipelineBenchmark {

    private static final int ROUNDS = Integer.getInteger("cases.import.pipeline.rounds", 8);

    @TempDir
    Path folder;

    @Test
    void reading_checking_and_encoding_a_year_of_cases() throws Exception {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        try (var spring = new AnnotationConfigApplicationContext(TenantDirectory.class);
                EmbeddedPostgres database = EmbeddedPostgres.builder().start()) {
            TenantDirectory tenants = spring.getBean(TenantDirectory.class);
            CaseCatalogue catalogue = new CaseCatalogue(tenants);
            BusinessCalendars calendars = new BusinessCalendars(Path.of("tenants"));
            Tenant vasteras = tenants.require("vasteras");
            CaseSettings settings = catalogue.require("vasteras");
            Path file = folder.resolve("history.csv");
            long rows;
            try (Writer out = Files.newBufferedWriter(file)) {
                rows = new CaseHistory(vasteras, settings, calendars.forTenant(vasteras), 42)
                        .write(out, LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1),
                                Integer.getInteger("cases.import.benchmark.per-day", 800));
            }
            System.out.printf("%nImport pipeline (JVM only): %,d generated Västerås cases, %,d bytes%n", rows,
                    Files.size(file));
            CaseImport caseImport = new CaseImport(null, catalogue, tenants, new Deadlines(calendars), null);
            for (int round = 1; round <= ROUNDS; round++) {
                try (Connection owner = database.getPostgresDatabase().getConnection();
                        var statement = owner.createStatement()) {
                    // The same numbers every round, so the COPY bytes' checksum is the same too.
                    statement.execute("drop sequence if exists case_number; create sequence case_number");
                }
                Discarded sink = new Discarded();
                List<ImportReport.Problem> problems = new ArrayList<>();
                double processCpu = ProcessorTime.jvm();
                long cpu = threads.getCurrentThreadCpuTime();
                long allocated = threads.getCurrentThreadAllocatedBytes();
                int imported;
                try (CaseNumbers numbers = new CaseNumbers(database.getPostgresDatabase());
                        var in = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
                    imported = caseImport.stream(new CsvRows(in),
                            caseImport.new Target(sink, vasteras, settings, "benchmark", numbers,
                                    new ImportPartition(0, 1)), problems);
                }
                double ms = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
                double bytesPerRow = (double) (threads.getCurrentThreadAllocatedBytes() - allocated) / rows;
                double processMs = (ProcessorTime.jvm() - processCpu) * 1000;
                double readMs = bareRead(threads, file);
                assertThat(problems).isEmpty();
                assertThat(imported).isEqualTo(rows);
                System.out.printf("round %d: thread CPU %,6.0f ms (%,5.0f ms per 100k rows, %,5.0f ms per 222,173), "
                        + "%,5.0f bytes allocated per row | whole JVM CPU %,6.0f ms | reference, the file only read "
                        + "as text: %,4.0f ms (%.1f x) | %,d COPY bytes, CRC32 %08x%n", round, ms, ms * 100_000 / rows,
                        ms * 222_173 / rows, bytesPerRow, processMs, readMs, ms / readMs, sink.bytes,
                        sink.checksum.getValue());
            }
        }
    }

    /** The reference: this thread's CPU milliseconds to read the file as text, as the import's reader does, and no more. */
    private static double bareRead(com.sun.management.ThreadMXBean threads, Path file) throws Exception {
        long cpu = threads.getCurrentThreadCpuTime();
        char[] chunk = new char[1 << 16];
        long chars = 0;
        try (var in = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
            for (int read = in.read(chunk); read > 0; read = in.read(chunk)) {
                chars += read;
            }
        }
        assertThat(chars).isPositive();
        return (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
    }

    /** A COPY that counts the bytes it is given and sends them nowhere, checksummed to compare versions. */
    private static final class Discarded implements CopyIn {
        final CRC32 checksum = new CRC32();
        long bytes;

        @Override
        public void writeToCopy(byte[] buf, int off, int siz) {
            bytes += siz;
            checksum.update(buf, off, siz);
        }

        @Override
        public void writeToCopy(ByteStreamWriter from) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void flushCopy() {
        }

        @Override
        public long endCopy() {
            return 0;
        }

        @Override
        public int getFieldCount() {
            return 0;
        }

        @Override
        public int getFormat() {
            return 1;
        }

        @Override
        public int getFieldFormat(int field) {
            return 1;
        }

        @Override
        public boolean isActive() {
            return true;
        }

        @Override
        public void cancelCopy() {
        }

        @Override
        public long getHandledRowCount() {
            return 0;
        }
    }
}
