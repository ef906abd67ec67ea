package org.citydialogue.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * An operator copies next year's notice into a data file and makes a mistake: the app refuses to
 * start and says in one line which file, which field and what is wrong.
 */
@ExtendWith(OutputCaptureExtension.class)
class BadCalendarFileTest {

    @TempDir
    Path tenants;
    private Path calendars;
    private String good;

    @BeforeEach
    void copyTheRealFile() throws IOException {
        calendars = Files.createDirectories(tenants.resolve("calendars"));
        good = Files.readString(Path.of("tenants/calendars/china-2026.yaml"));
    }

    @Test
    void aDateOfAnotherYearIsRefused() throws IOException {
        write("china-2026.yaml", good.replace("from: 2026-10-01, to: 2026-10-07", "from: 2026-10-01, to: 2027-10-07"));

        assertRefused("china-2026.yaml: holidays[6].to: 2027-10-07 is not in 2026; each year's days go in that year's file");
    }

    @Test
    void aDayThatIsBothAHolidayAndAWorkingWeekendIsRefused() throws IOException {
        write("china-2026.yaml", good.replace("- 2026-02-28  # Sat", "- 2026-02-21  # Sat"));

        assertRefused("china-2026.yaml: working-weekends[2]: 2026-02-21 is both a working weekend "
                + "and a day off of 春节 (Spring Festival)");
    }

    @Test
    void anUnparseableFileIsRefusedWithItsLine() throws IOException {
        write("china-2026.yaml", good.replace("holidays:", "holidays: ["));

        assertThatThrownBy(() -> new BusinessCalendars(tenants)).isInstanceOf(CalendarFileException.class)
                .message().startsWith("china-2026.yaml: (file): not valid YAML at line ").doesNotContain("\n");
    }

    @Test
    void anImpossibleDateIsRefused() throws IOException {
        write("china-2026.yaml", good.replace("- 2026-05-09", "- 2026-02-30"));

        assertRefused("china-2026.yaml: working-weekends[3]: '2026-02-30' is not a date (yyyy-mm-dd)");
    }

    @Test
    void aWeekdayListedAsAWorkingWeekendIsRefused() throws IOException {
        write("china-2026.yaml", good.replace("- 2026-05-09", "- 2026-05-08"));

        assertRefused("china-2026.yaml: working-weekends[3]: 2026-05-08 is a friday, not a weekend day; "
                + "only weekends are swapped into working days");
    }

    @Test
    void aYearThatDisagreesWithTheFileNameIsRefused() throws IOException {
        write("china-2027.yaml", good);

        assertRefused("china-2027.yaml: year: 2026 does not match the file name (2027)");
    }

    @Test
    void theNoticeAndTheNamesAreRequiredAndUnknownFieldsRefused() throws IOException {
        write("china-2026.yaml", good.replace("  number: 国办发明电〔2025〕7号\n", ""));
        assertRefused("china-2026.yaml: source.number: is required");

        write("china-2026.yaml", good.replace("en: Labour Day", "sv: Första maj"));
        assertRefused("china-2026.yaml: holidays[3].name.sv: unknown field");

        write("china-2026.yaml", good.replace("working-weekends:", "working-weekend:"));
        assertRefused("china-2026.yaml: working-weekend: unknown field");

        write("china-2026.yaml", good.replace("from: 2026-06-19, to: 2026-06-21", "from: 2026-06-21, to: 2026-06-19"));
        assertRefused("china-2026.yaml: holidays[4].to: 2026-06-19 is before from (2026-06-21)");
    }

    @Test
    void aFileNotNamedForItsYearIsRefused() throws IOException {
        write("china-next.yaml", good);

        assertRefused("china-next.yaml: (file name): must be china-<year>.yaml, e.g. china-2026.yaml");
    }

    @Test
    void theAppRefusesToStartWithOneLineAndNoStackTrace(CapturedOutput output) throws IOException {
        write("china-2026.yaml", good.replace("- 2026-02-28  # Sat", "- 2026-02-21  # Sat"));

        // Only the calendar beans: the failure analysis is Spring Boot's, whatever else the app holds.
        assertThatThrownBy(() -> new SpringApplicationBuilder(BusinessCalendars.class, Deadlines.class)
                .web(WebApplicationType.NONE)
                .run("--citydialogue.tenants.dir=" + tenants, "--spring.main.banner-mode=off"))
                .hasRootCauseInstanceOf(CalendarFileException.class);

        String line = "Bad calendar file: china-2026.yaml: working-weekends[2]: 2026-02-21 is both a working weekend "
                + "and a day off of 春节 (Spring Festival)";
        String printed = output.getAll();
        assertThat(printed).contains("APPLICATION FAILED TO START");
        assertThat(printed.lines().filter(l -> l.strip().equals(line))).as("exactly one line").hasSize(1);
        assertThat(printed).as("no stack trace").doesNotContain("\tat org.", "Caused by:");
    }

    private void write(String name, String text) throws IOException {
        try (var files = Files.list(calendars)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.writeString(calendars.resolve(name), text);
    }

    private void assertRefused(String message) {
        assertThatThrownBy(() -> new BusinessCalendars(tenants))
                .isInstanceOf(CalendarFileException.class).hasMessage(message);
    }
}
