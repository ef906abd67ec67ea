package org.citydialogue.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The KPI catalogue the partner cities agree on, and how a bad entry is reported. */
class KpiCatalogueTest {

    private final KpiCatalogue catalogue = new KpiCatalogue();

    @Test
    void the_catalogue_holds_every_kpi_the_partnership_compares_with_definitions_in_three_languages() {
        assertThat(catalogue.version()).isEqualTo(1);
        assertThat(catalogue.all()).extracting(Kpi::id).containsExactly("promise-kept", "answered-1wd",
                "answered-2wd", "first-answer-median", "first-answer-p90", "resolution-rate", "timely-resolution",
                "response-rate", "satisfaction-index", "satisfaction-rate", "satisfaction-answers", "redo-rate",
                "forwarding-rate", "first-contact-resolution", "channel-mix", "contacts-per-10k", "urge-rate");
        Kpi rate = catalogue.require("resolution-rate");
        assertThat(rate.definition(Locale.forLanguageTag("zh-Hans"))).startsWith("办结率");
        assertThat(rate.definition(Locale.forLanguageTag("sv"))).isEqualTo("Andel kontakter som avslutats.");
        assertThat(rate.definition(Locale.JAPANESE)).isEqualTo("Share of contacts resolved (closed).");
    }

    @Test
    void survey_kpis_map_to_the_kolada_service_measurement() {
        assertThat(catalogue.require("satisfaction-index").survey()).isTrue();
        assertThat(catalogue.all()).flatExtracting(Kpi::kolada).extracting(Kpi.KoladaMapping::id)
                .contains("N00671", "N00672", "N00673", "N00674", "N00675", "N00676", "N00640");
        assertThat(catalogue.require("promise-kept").survey()).isFalse();
    }

    @Test
    void a_kpi_counting_an_unknown_column_stops_start_up_naming_the_field() {
        String yaml = """
                version: 1
                kpis:
                  - id: made-up
                    formula: x
                    measure: { type: ratio, numerator: happiness, denominator: contacts }
                    unit: percent
                    direction: higher-better
                    source: s
                    comparability: { en: c, sv: c, zh-Hans: c }
                    definitions: { en: e, sv: s, zh-Hans: z }
                """;
        assertThatThrownBy(() -> read(yaml))
                .isInstanceOf(KpiCatalogueException.class)
                .hasMessageStartingWith("Bad KPI catalogue: test.yaml: kpis[0].measure.numerator: 'happiness' is not");
    }

    @Test
    void every_kpi_tells_what_limits_comparing_it_in_swedish_and_chinese_not_only_english() {
        for (Kpi kpi : catalogue.all()) {
            String english = kpi.comparability(Locale.ENGLISH);
            assertThat(kpi.comparability()).as(kpi.id()).containsOnlyKeys("en", "sv", "zh-Hans");
            assertThat(kpi.comparability(Locale.forLanguageTag("sv"))).as(kpi.id()).isNotBlank().isNotEqualTo(english);
            assertThat(kpi.comparability(Locale.forLanguageTag("zh-Hans"))).as(kpi.id())
                    .isNotEqualTo(english).containsPattern("\\p{IsHan}");
        }
        Kpi timely = catalogue.require("timely-resolution");
        assertThat(timely.comparability(Locale.forLanguageTag("sv"))).contains("förlängningar (延期)");
        assertThat(timely.comparability(Locale.SIMPLIFIED_CHINESE)).contains("延期");
        assertThat(timely.comparability(Locale.JAPANESE)).startsWith("Against each city's answer deadline");
    }

    @Test
    void a_kpi_whose_comparability_note_lacks_swedish_stops_start_up_naming_the_language() {
        String kpi = """
                version: 1
                kpis:
                  - id: made-up
                    formula: x
                    measure: { type: ratio, numerator: answered, denominator: contacts }
                    unit: percent
                    direction: higher-better
                    source: s
                    comparability: %s
                    definitions: { en: e, sv: s, zh-Hans: z }
                """;
        assertThatThrownBy(() -> read(kpi.formatted("{ en: c, zh-Hans: c }")))
                .hasMessage("Bad KPI catalogue: test.yaml: kpis[0].comparability.sv: is required");
        assertThatThrownBy(() -> read(kpi.formatted("only English")))
                .hasMessage("Bad KPI catalogue: test.yaml: kpis[0].comparability: is required: a text for each of "
                        + "[sv, en, zh-Hans]");
    }

    private static KpiCatalogue read(String yaml) {
        return new KpiCatalogue(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
    }
}
