package org.citydialogue.cases.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import java.util.function.Function;
import org.citydialogue.cases.CaseEvent;

/** What happened to a case, oldest first: when (in the city's zone), who, which step, and why. */
final class CaseTimeline extends Grid<CaseEvent> {

    CaseTimeline(CaseTexts texts, List<CaseEvent> events, Function<String, String> staffName) {
        var formats = texts.formats();
        setId("case-timeline");
        addColumn(e -> formats.dateTime(e.at())).setHeader(texts.getTranslation("case.timeline.when"))
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(e -> staffName.apply(e.actor())).setHeader(texts.getTranslation("case.timeline.who"));
        addColumn(e -> texts.action(e.action())).setHeader(texts.getTranslation("case.timeline.action"));
        addColumn(e -> states(texts, e)).setHeader(texts.getTranslation("case.timeline.states"));
        addColumn(e -> texts.department(e.department())).setHeader(texts.getTranslation("case.timeline.department"));
        addColumn(e -> e.note() == null ? "" : e.note()).setHeader(texts.getTranslation("case.timeline.note"))
                .setFlexGrow(2);
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        setAllRowsVisible(true);
        setItems(events);
    }

    private static String states(CaseTexts texts, CaseEvent e) {
        if (e.fromStatus() == null || e.fromStatus().equals(e.toStatus())) {
            return texts.state(e.toStatus());
        }
        return texts.state(e.fromStatus()) + " → " + texts.state(e.toStatus());
    }

}
