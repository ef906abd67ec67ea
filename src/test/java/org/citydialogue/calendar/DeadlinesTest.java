package org.citydialogue.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.citydialogue.calendar.Cities.DEADLINES;
import static org.citydialogue.calendar.Cities.ICLD;
import static org.citydialogue.calendar.Cities.JINAN;
import static org.citydialogue.calendar.Cities.VASTERAS;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** Cases are due at the end of a working day counted in the city's own calendar and time zone. */
class DeadlinesTest {

    private static Instant at(String local, String zone) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(local), ZoneId.of(zone)).toInstant();
    }

    private static Instant stockholm(String local) {
        return at(local, "Europe/Stockholm");
    }

    private static Instant shanghai(String local) {
        return at(local, "Asia/Shanghai");
    }

    @Test
    void aComplaintToVasterasOnMaundyThursday2025IsDueAtTheEndOfWednesday23April() {
        Instant received = stockholm("2025-04-17T10:15");

        Instant due = DEADLINES.due(VASTERAS, received, 2); // Good Friday, the weekend and Easter Monday skipped

        assertThat(due).isEqualTo(OffsetDateTime.parse("2025-04-23T23:59:59.999999+02:00").toInstant());
    }

    @Test
    void aCaseReceivedLateInTheEveningUtcIsCountedFromTheCitysOwnDate() {
        Instant received = Instant.parse("2025-04-16T23:30:00Z"); // already 01:30 on the 17th in Stockholm

        assertThat(DEADLINES.due(VASTERAS, received, 2)).isEqualTo(stockholm("2025-04-23T23:59:59.999999"));
        assertThat(DEADLINES.due(Cities.city("utc", "UTC", "sweden"), received, 2))
                .as("in UTC it is still Wednesday 16th").isEqualTo(Instant.parse("2025-04-22T23:59:59.999999Z"));
    }

    @Test
    void aJinanWorkOrderAcceptedBeforeTheSpringFestivalCountsTheSwappedSaturday() {
        Instant accepted = shanghai("2026-02-13T16:40"); // Friday

        // 14 Feb (Sat, 调休上班) is day 1; 15–23 Feb off; 24, 25, 26, 27 Feb are days 2 to 5.
        assertThat(DEADLINES.due(JINAN, accepted, 5)).isEqualTo(Instant.parse("2026-02-27T15:59:59.999999Z"));
    }

    @Test
    void anExtensionOfTenWorkingDaysCountsOnFromTheCurrentDeadline() {
        Instant due = DEADLINES.due(JINAN, shanghai("2026-02-13T16:40"), 5);

        // 28 Feb (Sat, 调休上班) is day 1 of the extension.
        assertThat(DEADLINES.due(JINAN, due, 10)).isEqualTo(shanghai("2026-03-12T23:59:59.999999"));
    }

    @Test
    void aCaseReceivedOnADayOffStartsCountingFromTheNextWorkingDay() {
        assertThat(DEADLINES.due(VASTERAS, stockholm("2025-05-10T09:00"), 2)).as("Saturday: Monday is day 1")
                .isEqualTo(stockholm("2025-05-13T23:59:59.999999"));
        assertThat(DEADLINES.due(JINAN, shanghai("2025-10-03T12:00"), 2)).as("国庆节: 9 Oct is day 1")
                .isEqualTo(shanghai("2025-10-10T23:59:59.999999"));
        assertThat(DEADLINES.due(VASTERAS, stockholm("2025-05-12T09:00"), 0)).as("0 days: end of today")
                .isEqualTo(stockholm("2025-05-12T23:59:59.999999"));
    }

    @Test
    void remainingWorkingDaysAndStateFollowTheCaseToItsDeadline() {
        Instant due = DEADLINES.due(VASTERAS, stockholm("2025-04-17T10:15"), 2);

        assertThat(DEADLINES.remaining(VASTERAS, stockholm("2025-04-17T14:00"), due)).isEqualTo(2);
        assertThat(DEADLINES.state(VASTERAS, stockholm("2025-04-17T14:00"), due)).isEqualTo(DeadlineState.ON_TRACK);
        assertThat(DEADLINES.remaining(VASTERAS, stockholm("2025-04-19T12:00"), due)).as("Easter Saturday").isEqualTo(2);
        assertThat(DEADLINES.state(VASTERAS, stockholm("2025-04-22T08:00"), due)).isEqualTo(DeadlineState.ON_TRACK);
        assertThat(DEADLINES.remaining(VASTERAS, stockholm("2025-04-23T08:00"), due)).isZero();
        assertThat(DEADLINES.state(VASTERAS, stockholm("2025-04-23T23:59:59"), due)).isEqualTo(DeadlineState.DUE_SOON);
        assertThat(DEADLINES.state(VASTERAS, stockholm("2025-04-24T00:00"), due)).isEqualTo(DeadlineState.BREACHED);
        assertThat(DEADLINES.remaining(VASTERAS, stockholm("2025-04-25T09:00"), due)).as("two days late").isEqualTo(-2);
        assertThat(DEADLINES.state(VASTERAS, stockholm("2025-04-26T09:00"), due)).isEqualTo(DeadlineState.BREACHED);
    }

    @Test
    void aDeadlineOnADayOffIsDueSoonOnTheLastWorkingDayBeforeIt() {
        Instant saturday = stockholm("2025-05-10T23:59:59.999999"); // e.g. set by hand

        assertThat(DEADLINES.state(VASTERAS, stockholm("2025-05-08T09:00"), saturday)).isEqualTo(DeadlineState.ON_TRACK);
        assertThat(DEADLINES.state(VASTERAS, stockholm("2025-05-09T09:00"), saturday)).isEqualTo(DeadlineState.DUE_SOON);
    }

    @Test
    void theEndOfADayIsTheLastMicrosecondEvenWhenTheClocksChange() {
        // Friday 24 Oct 2025 has 24 hours, Saturday 25 Oct 25; Monday after the change is plain again.
        assertThat(DEADLINES.due(VASTERAS, stockholm("2025-10-23T09:00"), 1)).isEqualTo(Instant.parse("2025-10-24T21:59:59.999999Z"));
        assertThat(DEADLINES.due(VASTERAS, stockholm("2025-10-24T09:00"), 1)).isEqualTo(Instant.parse("2025-10-27T22:59:59.999999Z"));
        assertThat(Deadlines.endOf(java.time.LocalDate.parse("2025-03-29"), ZoneId.of("Europe/Stockholm")))
                .as("the night the clocks go forward").isEqualTo(Instant.parse("2025-03-29T22:59:59.999999Z"));
        assertThat(Deadlines.endOf(java.time.LocalDate.parse("2025-10-25"), ZoneId.of("Europe/Stockholm")))
                .as("the night the clocks go back").isEqualTo(Instant.parse("2025-10-25T21:59:59.999999Z"));
        assertThat(DEADLINES.due(VASTERAS, stockholm("2025-10-23T09:00"), 1).getNano() % 1000).isZero();
    }

    @Test
    void anOrganisationWithoutCalendarHasNoDeadlinesAndNegativeCountsAreRefused() {
        assertThatThrownBy(() -> DEADLINES.due(ICLD, Instant.now(), 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Tenant icld names no calendar, so it has no working days");
        assertThatThrownBy(() -> DEADLINES.due(VASTERAS, Instant.now(), -1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(DEADLINES.workingDays(JINAN).calendar()).isEqualTo("china");
    }
}
