package org.citydialogue.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Reading Kolada files: as Kolada's API answers (JSON), or as CSV from a spreadsheet. */
class KoladaFileTest {

    private final KoladaFile file = new KoladaFile(Set.of("N00671", "N00672"));

    private List<KoladaReferences.Value> read(String content) {
        return file.read(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
    }

    private static BenchmarkInputException refusal(Runnable reading) {
        try {
            reading.run();
        } catch (BenchmarkInputException refused) {
            return refused;
        }
        throw new AssertionError("the file was not refused");
    }

    @Test
    void an_api_answer_gives_the_totals_of_mapped_kpis_and_skips_missing_values() {
        List<KoladaReferences.Value> values = read("""
                {"count": 4, "values": [
                  {"kpi": "N00671", "municipality": "1980", "period": 2024,
                   "values": [{"count": 1, "gender": "T", "status": "", "value": 71.5},
                              {"count": 1, "gender": "K", "status": "", "value": 74}]},
                  {"kpi": "N00672", "municipality": "0000", "period": 2024,
                   "values": [{"count": 0, "gender": "T", "status": "Missing", "value": null}]},
                  {"kpi": "N00672", "municipality": "0000", "period": 2023, "values": [{"gender": "T", "value": 64}]},
                  {"kpi": "N01951", "municipality": "1980", "period": 2024, "values": [{"gender": "T", "value": 3}]}
                ]}
                """);

        assertThat(values).containsExactly(new KoladaReferences.Value("N00671", "1980", 2024, 71.5),
                new KoladaReferences.Value("N00672", "0000", 2023, 64));
    }

    @Test
    void a_swedish_spreadsheet_csv_with_semicolons_decimal_commas_and_a_byte_order_mark_is_read() {
        List<KoladaReferences.Value> values = read("\uFEFFkpi;municipality;period;gender;value\r\n"
                + "N00671;1980;2024;T;71,5\r\n"
                + "\"N00671\";\"1980\";2024;K;74\r\n"
                + "N00672;0000;2023;T;\r\n"
                + "N00672;0000;2024;T;66\r\n");

        assertThat(values).containsExactly(new KoladaReferences.Value("N00671", "1980", 2024, 71.5),
                new KoladaReferences.Value("N00672", "0000", 2024, 66));
    }

    @Test
    void a_comma_separated_csv_needs_no_gender_column() {
        assertThat(read("period,kpi,value,municipality\n2022,N00671,80.25,1980\n"))
                .containsExactly(new KoladaReferences.Value("N00671", "1980", 2022, 80.25));
    }

    @Test
    void a_bad_entry_names_its_line_or_entry_and_what_is_wrong() {
        BenchmarkInputException year = refusal(() -> read("kpi,municipality,period,value\nN00671,1980,2024,70\n"
                + "N00671,1980,20x4,71\n"));
        assertThat(year.messageKey()).isEqualTo("benchmarks.kolada.error.period");
        assertThat(year.arguments()).isEqualTo(Map.of("kind", "line", "number", 3, "value", "20x4"));

        BenchmarkInputException value = refusal(() -> read("""
                {"values": [{"kpi": "N00671", "municipality": "1980", "period": 2024, "values": [{"gender": "T", "value": 1}]},
                            {"kpi": "N00671", "municipality": "1980", "period": 2023, "values": [{"gender": "T", "value": "hög"}]}]}
                """));
        assertThat(value.messageKey()).isEqualTo("benchmarks.kolada.error.value");
        assertThat(value.arguments()).isEqualTo(Map.of("kind", "entry", "number", 2, "value", "hög"));

        assertThat(refusal(() -> read("kpi,municipality,period,value\nN00671,Västerås,2024,70\n")).messageKey())
                .isEqualTo("benchmarks.kolada.error.municipality");
        assertThat(refusal(() -> read("kpi,municipality,period,value\nsatisfaction,1980,2024,70\n")).messageKey())
                .isEqualTo("benchmarks.kolada.error.kpi");
        assertThat(refusal(() -> read("kpi,municipality,period,value\nN00671,1980,2024\n")).messageKey())
                .isEqualTo("benchmarks.kolada.error.fields");
        assertThat(refusal(() -> read("kpi,municipality,period,value\nN00671,1980,2024,70\nN00671,1980,2024,71\n"))
                .messageKey()).isEqualTo("benchmarks.kolada.error.twice");
        assertThat(refusal(() -> read("{\"values\": [{\"kpi\": \"N00671\", \"municipality\": \"1980\", "
                + "\"period\": 2024}]}")).messageKey()).isEqualTo("benchmarks.kolada.error.values");
    }

    @Test
    void what_is_not_a_kolada_file_at_all_is_refused_as_such() {
        BenchmarkInputException column = refusal(() -> read("kommun;år;värde\nVästerås;2024;70\n"));
        assertThat(column.messageKey()).isEqualTo("benchmarks.kolada.error.column");
        assertThat(column.arguments()).isEqualTo(Map.of("column", "kpi"));
        assertThat(refusal(() -> read("{\"values\": ")).messageKey()).isEqualTo("benchmarks.kolada.error.format");
        assertThat(refusal(() -> read("{\"kpi\": []}")).messageKey()).isEqualTo("benchmarks.kolada.error.format");
        assertThat(refusal(() -> read("")).messageKey()).isEqualTo("benchmarks.kolada.error.format");
        assertThatThrownBy(() -> read("%PDF-1.7\n")).isInstanceOf(BenchmarkInputException.class);
    }
}
