package org.citydialogue.benchmarks.ui;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.ULocale;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.citydialogue.benchmarks.Dashboard;
import org.citydialogue.benchmarks.DashboardRows;
import org.citydialogue.benchmarks.Kpi;
import org.citydialogue.benchmarks.KpiCell;
import org.citydialogue.benchmarks.ValueFormat;
import org.citydialogue.i18n.Formats;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * ECharts options and the matching tables for a dashboard, with every label in the viewer's
 * language: month names by ICU, numbers by {@link ValueFormat}, city names from the directory.
 */
final class DashboardCharts {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Locale locale;
    private final Formats formats;
    private final Function<String, String> translate;

    DashboardCharts(Locale locale, Function<String, String> translate) {
        this.locale = locale;
        this.formats = Formats.of(locale, ZoneOffset.UTC);
        this.translate = translate;
    }

    String month(YearMonth month) {
        DateFormat format = DateFormat.getInstanceForSkeleton("yMMM", ULocale.forLocale(locale));
        format.setTimeZone(com.ibm.icu.util.TimeZone.GMT_ZONE);
        return format.format(Date.from(month.atDay(15).atStartOfDay().toInstant(ZoneOffset.UTC)));
    }

    String value(Kpi kpi, DashboardRows.Value value) {
        if (value.suppressed()) {
            return translate.apply("benchmarks.suppressed");
        }
        return value.value() == null ? "–" : ValueFormat.format(kpi, value.value(), formats);
    }

    /** Monthly trend: one line per city, the partnership average dashed, target and Kolada lines. */
    ObjectNode trend(Dashboard dashboard, List<DashboardRows.Row> rows, List<String> cityNames) {
        ObjectNode option = base();
        ArrayNode months = option.putObject("xAxis").put("type", "category").putArray("data");
        rows.forEach(row -> months.add(month(row.month())));
        ArrayNode series = option.putArray("series");
        for (int c = 0; c < cityNames.size(); c++) {
            int city = c;
            ObjectNode line = series.addObject().put("type", "line").put("name", cityNames.get(c));
            ArrayNode data = line.putArray("data");
            rows.forEach(row -> add(data, row.cities().get(city).value()));
        }
        ObjectNode average = series.addObject().put("type", "line").put("name",
                translate.apply("benchmarks.average"));
        average.putObject("lineStyle").put("type", "dashed");
        ArrayNode averageData = average.putArray("data");
        rows.forEach(row -> add(averageData, row.average()));
        ObjectNode markLine = average.putObject("markLine").put("symbol", "none");
        markLine.putObject("label").put("position", "insideEndTop");
        ArrayNode lines = markLine.putArray("data");
        Dashboard.Target target = dashboard.target();
        if (target != null) {
            lines.addObject().put("name", translate.apply(target.agreed() ? "benchmarks.target.agreed"
                    : "benchmarks.target")).put("yAxis", target.value());
        }
        for (Dashboard.Reference reference : dashboard.references()) {
            lines.addObject().put("name", "Kolada " + reference.koladaId() + " " + reference.period())
                    .put("yAxis", reference.value());
        }
        return option;
    }

    /** Cities side by side in one month, with the partnership average as the last bar. */
    ObjectNode sideBySide(DashboardRows.Row row, List<String> cityNames) {
        ObjectNode option = base();
        ArrayNode names = categoryAxis(option);
        cityNames.forEach(names::add);
        names.add(translate.apply("benchmarks.average"));
        ArrayNode data = option.putArray("series").addObject().put("type", "bar").put("colorBy", "data")
                .put("name", month(row.month())).putArray("data");
        row.cities().forEach(value -> add(data, value.value()));
        add(data, row.average());
        return option;
    }

    /** The viewer's own city in one month, by category or channel. */
    ObjectNode parts(List<KpiCell> cells, Function<String, String> memberName) {
        ObjectNode option = base();
        ArrayNode names = categoryAxis(option);
        ArrayNode data = option.putArray("series").addObject().put("type", "bar").putArray("data");
        for (KpiCell cell : cells) {
            names.add(memberName.apply(cell.member()));
            add(data, cell.value());
        }
        return option;
    }

    List<List<String>> trendTable(Kpi kpi, List<DashboardRows.Row> rows, List<String> cityNames) {
        List<List<String>> table = new ArrayList<>();
        List<String> header = new ArrayList<>();
        header.add(translate.apply("benchmarks.month"));
        header.addAll(cityNames);
        header.add(translate.apply("benchmarks.average"));
        table.add(header);
        for (DashboardRows.Row row : rows) {
            List<String> line = new ArrayList<>();
            line.add(month(row.month()));
            row.cities().forEach(value -> line.add(value(kpi, value)));
            line.add(value(kpi, new DashboardRows.Value(row.average(), false)));
            table.add(line);
        }
        return table;
    }

    /** A category axis that shows every name (turned when there are many), never skipping one. */
    private static ArrayNode categoryAxis(ObjectNode option) {
        ObjectNode axis = option.putObject("xAxis").put("type", "category");
        axis.putObject("axisLabel").put("interval", 0).put("hideOverlap", false).put("rotate", 20);
        return axis.putArray("data");
    }

    private static ObjectNode base() {
        ObjectNode option = JSON.createObjectNode();
        option.putObject("aria").put("enabled", true);
        option.putObject("legend").put("top", 0);
        option.putObject("grid").put("left", 56).put("right", 24).put("top", 40).put("bottom", 32)
                .put("containLabel", true);
        option.putObject("yAxis").put("type", "value");
        return option;
    }

    private static void add(ArrayNode data, Double value) {
        if (value == null) {
            data.addNull();
        } else {
            data.add(value);
        }
    }
}
