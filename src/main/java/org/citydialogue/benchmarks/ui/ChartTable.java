package org.citydialogue.benchmarks.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCaption;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.List;
import java.util.Locale;
import org.citydialogue.i18n.DataText;
import tools.jackson.databind.JsonNode;

/**
 * A chart with a table of the same numbers beside it: the table is what screen readers read (the
 * chart itself is hidden from them), and what anyone reads who wants the exact figures.
 */
class ChartTable extends Div {

    private final H3 title = new H3();
    private final EChart chart = new EChart();
    private final NativeTable table = new NativeTable();

    ChartTable(String id) {
        setId(id);
        setWidthFull();
        chart.setId(id + "-chart");
        chart.getElement().setAttribute("aria-hidden", "true");
        table.setId(id + "-table");
        table.addClassName("benchmark-table");
        Div tableBox = new Div(table);
        tableBox.getStyle().set("overflow-x", "auto").set("flex", "1 1 20em");
        Div chartBox = new Div(chart);
        chartBox.getStyle().set("flex", "2 1 28em").set("min-width", "20em");
        Div row = new Div(chartBox, tableBox);
        row.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)");
        add(title, row);
    }

    /** Shows the chart and its table; the first row of {@code rows} is the header row. */
    void show(String heading, JsonNode option, String unit, Locale locale, List<List<String>> rows) {
        title.setText(heading);
        chart.show(option, unit, locale);
        table.removeAll();
        NativeTableCaption caption = new NativeTableCaption();
        caption.setText(heading);
        table.add(caption);
        NativeTableHeader header = new NativeTableHeader();
        NativeTableRow headRow = new NativeTableRow();
        rows.getFirst().forEach(text -> {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(text);
            cell.getElement().setAttribute("scope", "col");
            headRow.add(cell);
        });
        header.add(headRow);
        NativeTableBody body = new NativeTableBody();
        for (List<String> cells : rows.subList(1, rows.size())) {
            NativeTableRow row = new NativeTableRow();
            for (int i = 0; i < cells.size(); i++) {
                if (i == 0) {
                    NativeTableHeaderCell rowHeader = new NativeTableHeaderCell(cells.get(i));
                    rowHeader.getElement().setAttribute("scope", "row");
                    row.add(rowHeader);
                } else {
                    row.add(new NativeTableCell(cells.get(i)));
                }
            }
            body.add(row);
        }
        table.add(DataText.mark(header), DataText.mark(body));
    }

    EChart chart() {
        return chart;
    }

    NativeTable table() {
        return table;
    }
}
