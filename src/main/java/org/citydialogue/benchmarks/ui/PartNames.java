package org.citydialogue.benchmarks.ui;

import java.util.Locale;
import java.util.function.Function;
import org.citydialogue.benchmarks.KpiCell;
import org.citydialogue.cases.CaseCatalogue;
import org.citydialogue.cases.ui.CaseTexts;

/**
 * What a part of a KPI is called in the viewer's language: a channel by the app's own texts, a
 * category by the tenant file of the city it belongs to (each city has its own categories).
 */
final class PartNames {

    private final CaseCatalogue cases;
    private final Locale locale;
    private final Function<String, String> translate;

    PartNames(CaseCatalogue cases, Locale locale, Function<String, String> translate) {
        this.cases = cases;
        this.locale = locale;
        this.translate = translate;
    }

    String of(String tenantId, KpiCell.Dimension by, String code) {
        if (by == KpiCell.Dimension.CHANNEL) {
            return translate.apply(CaseTexts.channelKey(code));
        }
        return cases.of(tenantId).flatMap(settings -> settings.category(code))
                .map(category -> category.choice().name(locale)).orElse(code);
    }
}
