package org.citydialogue.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.citydialogue.CityDialogueApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * An operator starts the app with a broken tenant file: it refuses to start and says, in one line,
 * which file, which field and what is wrong, without a stack trace to dig through.
 *
 * <p>Boots the real application class ({@link CityDialogueApplication}, all auto-configuration) but
 * without a web server ({@code WebApplicationType.NONE}), so no Vaadin front-end build is involved.
 */
@ExtendWith(OutputCaptureExtension.class)
class BadTenantFileStartupTest {

    private static final String BROKEN_LINE =
            "Bad tenant file: jinan.yaml: time-zone: 'Asia/Jinan' is not a time zone (e.g. Europe/Stockholm)";

    @TempDir
    Path tenants;

    @Test
    void theAppRefusesToStartAndNamesFileFieldAndProblemOnOneLineWithoutAStackTrace(CapturedOutput output)
            throws IOException {
        String jinan = Files.readString(Path.of("tenants/jinan.yaml")).replace("Asia/Shanghai", "Asia/Jinan");
        Files.writeString(tenants.resolve("jinan.yaml"), jinan);
        Files.copy(Path.of("tenants/vasteras.yaml"), tenants.resolve("vasteras.yaml"));

        assertThatThrownBy(() -> new SpringApplicationBuilder(CityDialogueApplication.class)
                .web(WebApplicationType.NONE)
                .run("--citydialogue.tenants.dir=" + tenants,
                        "--citydialogue.database.embedded-data-dir=",
                        "--spring.main.banner-mode=off"))
                .hasRootCauseInstanceOf(TenantFileException.class)
                .rootCause().hasMessage("jinan.yaml: time-zone: 'Asia/Jinan' is not a time zone (e.g. Europe/Stockholm)");

        String printed = output.getAll();
        assertThat(printed).contains("APPLICATION FAILED TO START");
        assertThat(printed.lines().filter(line -> line.strip().equals(BROKEN_LINE)))
                .as("the description is exactly one line").hasSize(1);
        assertThat(printed).contains("Correct the tenant file and start again.");
        assertThat(printed).as("no stack trace").doesNotContain("\tat org.", "at org.springframework.", "Caused by:");
    }

    @Test
    void theFailureAnalyzerIsRegisteredAndTurnsTheWrappedExceptionIntoOneLine() {
        var problem = new TenantFileException("vasteras.yaml", "currency", "'KRONOR' is not an ISO 4217 code (e.g. SEK)");
        var wrapped = new IllegalStateException("Error creating bean 'tenantDirectory'", problem);

        FailureAnalysis analysis = new TenantFileFailureAnalyzer().analyze(wrapped);

        assertThat(analysis.getDescription())
                .isEqualTo("Bad tenant file: vasteras.yaml: currency: 'KRONOR' is not an ISO 4217 code (e.g. SEK)");
        assertThat(analysis.getCause()).isNull();
        assertThat(org.springframework.core.io.support.SpringFactoriesLoader.forDefaultResourceLocation()
                .load(org.springframework.boot.diagnostics.FailureAnalyzer.class, null,
                        (type, name, failure) -> { })) // others need a bean factory; only ours matters here
                .hasAtLeastOneElementOfType(TenantFileFailureAnalyzer.class);
    }
}
