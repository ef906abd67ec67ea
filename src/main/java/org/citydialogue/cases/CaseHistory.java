package org.citydialogue.cases;

import java.io.IOException;
import java.io.Writer;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;
import org.citydialogue.calendar.WorkingDays;
import org.citydialogue.tenancy.Tenant;

/**
 * Makes realistic case history for a tenant as import CSV: more contacts on working days than on
 * weekends and holidays, seasons (snow in a Swedish winter, storms in a Chinese summer), each
 * city's mix of channels, kinds and categories, office hours or a 24-hour hotline, and answers
 * mostly, but not always, within the promise. Deterministic for a seed.
 */
final class CaseHistory {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final Tenant tenant;
    private final CaseSettings settings;
    private final WorkingDays workingDays;
    private final CaseHistoryMix mix;
    private final Random random;

    CaseHistory(Tenant tenant, CaseSettings settings, WorkingDays workingDays, long seed) {
        this.tenant = tenant;
        this.settings = settings;
        this.workingDays = workingDays;
        this.mix = CaseHistoryMix.forTenant(tenant, settings);
        this.random = new Random(seed);
    }

    /** Writes a header and about {@code perWorkingDay} cases for each working day of [from, to). */
    long write(Writer out, LocalDate from, LocalDate to, double perWorkingDay) throws IOException {
        out.write(String.join(",", CaseImport.COLUMNS));
        out.write('\n');
        long written = 0;
        for (LocalDate day = from; day.isBefore(to); day = day.plusDays(1)) {
            double expected = perWorkingDay * season(day)
                    * (workingDays.isWorkingDay(day) ? weekday(day) : mix.closedDayShare());
            int count = poisson(expected);
            for (int i = 0; i < count; i++) {
                out.write(row(day, to));
                written++;
            }
        }
        return written;
    }

    private String row(LocalDate day, LocalDate end) {
        ZonedDateTime received = day.atStartOfDay(tenant.zone()).plus(mix.timeOfDay(random));
        String category = mix.pick(mix.categories(), random);
        CaseHistoryMix.Outcome outcome = mix.outcome(random, settings.firstAnswerWorkingDays());
        LocalDate answerDay = outcome.answered() ? workingDays.plus(day, outcome.workingDays()) : null;
        ZonedDateTime answered = answerDay == null || !answerDay.isBefore(end) ? null
                : answerDay.atStartOfDay(tenant.zone()).plus(mix.timeOfDay(random));
        ZonedDateTime closed = answered == null || random.nextInt(10) == 0 ? null
                : answered.plus(Duration.ofHours(1 + random.nextInt(48)));
        String status = closed != null ? mix.closedState() : answered != null ? mix.answeredState() : mix.openState();
        List<String> values = List.of(mix.pick(mix.kinds(), random), mix.pick(mix.channels(), random), category,
                answered != null ? mix.departmentOf(category) : "", status,
                mix.description(category, random), "", ISO.format(received),
                answered == null ? "" : ISO.format(answered), closed == null ? "" : ISO.format(closed),
                "", "", "", mix.residentLanguage(random));
        return csv(values);
    }

    private double season(LocalDate day) {
        return mix.season(day.getMonthValue());
    }

    private static double weekday(LocalDate day) {
        return switch (day.getDayOfWeek()) {
            case MONDAY -> 1.3;
            case TUESDAY -> 1.1;
            case FRIDAY -> 0.8;
            default -> 1.0;
        };
    }

    private int poisson(double mean) {
        if (mean > 30) {
            return Math.max(0, (int) Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
        }
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }

    private static String csv(List<String> values) {
        StringBuilder line = new StringBuilder();
        for (String value : values) {
            if (!line.isEmpty()) {
                line.append(',');
            }
            if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0) {
                line.append('"').append(value.replace("\"", "\"\"")).append('"');
            } else {
                line.append(value);
            }
        }
        return line.append('\n').toString();
    }
}
