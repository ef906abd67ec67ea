package org.citydialogue.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.citydialogue.i18n.Formats;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Service;

/**
 * A dashboard view as a file: CSV and XLSX of its table (months × cities and average; values as
 * numbers, suppressed cells marked), and a PDF report in the viewer's language ({@link PdfReport}).
 */
@Service
public class BenchmarkExports {

    private final ExportTexts texts;

    BenchmarkExports(ExportTexts texts) {
        this.texts = texts;
    }

    /** UTF-8 with a byte-order mark, so spreadsheet programs read å, ä, ö and 汉字 right. */
    public byte[] csv(Dashboard dashboard, boolean perCapita, Locale locale) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        for (List<String> line : table(dashboard, perCapita, locale, false)) {
            csv.append(String.join(",", line.stream().map(BenchmarkExports::quote).toList())).append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    public byte[] xlsx(Dashboard dashboard, boolean perCapita, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "City Dialogue", "1.0")) {
            Worksheet sheet = workbook.newWorksheet(dashboard.kpi().id());
            List<List<String>> header = table(dashboard, perCapita, locale, false).subList(0, 1);
            for (int c = 0; c < header.getFirst().size(); c++) {
                sheet.value(0, c, header.getFirst().get(c));
                sheet.style(0, c).bold().set();
            }
            List<DashboardRows.Row> rows = DashboardRows.of(dashboard, perCapita);
            String suppressed = texts.text(locale, "benchmarks.suppressed");
            for (int r = 0; r < rows.size(); r++) {
                DashboardRows.Row row = rows.get(r);
                sheet.value(r + 1, 0, row.month().toString());
                for (int c = 0; c < row.cities().size(); c++) {
                    DashboardRows.Value value = row.cities().get(c);
                    if (value.suppressed()) {
                        sheet.value(r + 1, c + 1, suppressed);
                    } else if (value.value() != null) {
                        sheet.value(r + 1, c + 1, value.value());
                    }
                }
                if (row.average() != null) {
                    sheet.value(r + 1, row.cities().size() + 1, row.average());
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public byte[] pdf(Dashboard dashboard, boolean perCapita, Locale locale) {
        List<DashboardRows.Row> rows = DashboardRows.of(dashboard, perCapita);
        List<String> cities = dashboard.cities().stream().map(city -> ExportTexts.name(city.names(), locale)).toList();
        Kpi kpi = dashboard.kpi();
        String title = texts.text(locale, "benchmarks.report.title", Map.of("kpi",
                texts.text(locale, BenchmarkKeys.kpi(kpi.id()))));
        List<String> notes = List.of(kpi.definition(locale), kpi.comparability(locale),
                texts.text(locale, "benchmarks.report.suppression"));
        return new PdfReport(title, notes, cities, rows, table(dashboard, perCapita, locale, true),
                dashboard.target() == null ? null : dashboard.target().value(), texts.text(locale, "benchmarks.average"),
                value -> ValueFormat.format(kpi, value, Formats.of(locale, java.time.ZoneOffset.UTC))).render();
    }

    /**
     * The table as text: header row, then one row per month. For CSV the values are plain numbers
     * (machine-readable); for the report they are formatted in the reader's locale.
     */
    List<List<String>> table(Dashboard dashboard, boolean perCapita, Locale locale, boolean formatted) {
        Formats formats = Formats.of(locale, java.time.ZoneOffset.UTC);
        List<List<String>> table = new ArrayList<>();
        List<String> header = new ArrayList<>();
        header.add(texts.text(locale, "benchmarks.month"));
        dashboard.cities().forEach(city -> header.add(ExportTexts.name(city.names(), locale)));
        header.add(texts.text(locale, "benchmarks.average"));
        table.add(header);
        String suppressed = texts.text(locale, "benchmarks.suppressed");
        for (DashboardRows.Row row : DashboardRows.of(dashboard, perCapita)) {
            List<String> line = new ArrayList<>();
            line.add(row.month().toString());
            for (DashboardRows.Value value : row.cities()) {
                line.add(value.suppressed() ? suppressed : text(dashboard.kpi(), value.value(), formats, formatted));
            }
            line.add(text(dashboard.kpi(), row.average(), formats, formatted));
            table.add(line);
        }
        return table;
    }

    private static String text(Kpi kpi, Double value, Formats formats, boolean formatted) {
        if (value == null) {
            return "";
        }
        return formatted ? ValueFormat.format(kpi, value, formats) : String.valueOf(value);
    }

    private static String quote(String value) {
        return value.matches(".*[\",\r\n].*") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
