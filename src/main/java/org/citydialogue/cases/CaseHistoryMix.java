package org.citydialogue.cases;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.citydialogue.tenancy.Tenant;

/**
 * The shape of one city's contacts for generated history: how channels, kinds and categories are
 * spread (the tenant file lists the common ones first), office hours or a 24-hour hotline, seasons,
 * how often the promise is kept, and plausible descriptions in the city's language.
 */
record CaseHistoryMix(boolean hotline, List<String> kinds, List<String> channels, List<String> categories,
        List<CaseSettings.Category> categoryDetails, Locale language, String openState, String answeredState,
        String closedState, double keptShare) {

    /** When the answer came, in working days after receipt, or not yet. */
    record Outcome(boolean answered, int workingDays) {
    }

    static CaseHistoryMix forTenant(Tenant tenant, CaseSettings settings) {
        Lifecycle lifecycle = settings.lifecycle();
        String answered = lifecycle.actions().stream().filter(a -> a.answersResident() && a.to() != null)
                .map(Lifecycle.Action::to).findFirst().orElse(lifecycle.start().code());
        String closed = lifecycle.states().stream().filter(Lifecycle.State::closed).map(Lifecycle.State::code)
                .findFirst().orElse(answered);
        boolean china = "china".equals(tenant.calendar());
        return new CaseHistoryMix(china, settings.kinds().stream().map(Choice::code).toList(), settings.channels(),
                settings.categories().stream().map(CaseSettings.Category::code).toList(), settings.categories(),
                tenant.defaultLocale(), lifecycle.start().code(), answered, closed, china ? 0.93 : 0.86);
    }

    /** Contacts on a closed day, compared with a working day: a hotline never closes. */
    double closedDayShare() {
        return hotline ? 0.6 : 0.15;
    }

    double season(int month) {
        if (hotline) {
            return switch (month) {
                case 7 -> 1.3;
                case 8 -> 1.25;
                case 1 -> 1.1;
                case 2 -> 0.8;
                default -> 1.0;
            };
        }
        return switch (month) {
            case 1 -> 1.3;
            case 2 -> 1.25;
            case 3 -> 1.1;
            case 6, 8 -> 0.9;
            case 7 -> 0.6;
            default -> 1.0;
        };
    }

    Duration timeOfDay(Random random) {
        int minutes = hotline ? 7 * 60 + random.nextInt(15 * 60) : 8 * 60 + random.nextInt(9 * 60);
        return Duration.ofMinutes(minutes).plusSeconds(random.nextInt(60));
    }

    /** The first entries of a list are the common ones: each is half as likely as the one before. */
    String pick(List<String> values, Random random) {
        for (String value : values) {
            if (random.nextBoolean()) {
                return value;
            }
        }
        return values.getFirst();
    }

    Outcome outcome(Random random, int promise) {
        if (random.nextInt(100) < 3) {
            return new Outcome(false, 0);
        }
        return random.nextDouble() < keptShare ? new Outcome(true, random.nextInt(promise + 1))
                : new Outcome(true, promise + 1 + random.nextInt(5));
    }

    String departmentOf(String category) {
        return categoryDetails.stream().filter(c -> c.code().equals(category)).findFirst()
                .map(CaseSettings.Category::department).orElse("");
    }

    String residentLanguage(Random random) {
        if (hotline) {
            return random.nextInt(100) == 0 ? "en" : "zh-Hans";
        }
        int roll = random.nextInt(100);
        return roll < 85 ? "sv" : roll < 95 ? "en" : "other";
    }

    String description(String category, Random random) {
        String topic = categoryDetails.stream().filter(c -> c.code().equals(category)).findFirst()
                .map(c -> c.choice().name(language)).orElse(category);
        List<String> templates = hotline ? CHINESE : SWEDISH;
        return templates.get(random.nextInt(templates.size())).formatted(topic, 2 + random.nextInt(20));
    }

    private static final List<String> SWEDISH = List.of(
            "Invånaren undrar hur ärenden om %s hanteras och när svar kan väntas (%d dagar sedan första kontakt).",
            "Synpunkt på %s: har väntat i %d dagar och vill veta vem som ansvarar.",
            "Klagomål som rör %s. Invånaren har ringt flera gånger de senaste %d dagarna.",
            "Förslag om förbättring inom %s, lämnat efter ett möte för %d dagar sedan.",
            "Fråga om öppettider och kontaktvägar för %s; hänvisad för %d dagar sedan.");

    private static final List<String> CHINESE = List.of(
            "市民咨询%s相关政策，已等待%d天，希望尽快答复。",
            "市民反映%s问题，持续%d天未解决，请相关部门处理。",
            "关于%s的投诉：近%d天多次反映，要求尽快核实。",
            "市民对%s提出建议，%d天前已通过其他渠道反映。",
            "市民求助：%s方面遇到困难，已持续%d天。");
}
