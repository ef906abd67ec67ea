package org.citydialogue.plans.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.citydialogue.i18n.DataText;
import org.citydialogue.plans.DocumentLink;
import org.citydialogue.plans.Plan;
import org.citydialogue.plans.Risk;

/** The risks, highest likelihood × impact first, and the documents the partnership links to. */
class RisksPanel extends VerticalLayout {

    private final PlanScreen screen;
    private final Grid<Risk> risks = new Grid<>();
    private final VerticalLayout documents = new VerticalLayout();

    RisksPanel(PlanScreen screen) {
        this.screen = screen;
        setPadding(false);
        risks.setId("risks");
        risks.addColumn(r -> screen.show(r.title())).setHeader(screen.t("plans.risk")).setFlexGrow(3);
        risks.addColumn(Risk::likelihood).setHeader(screen.t("plans.risk.likelihood"));
        risks.addColumn(Risk::impact).setHeader(screen.t("plans.risk.impact"));
        risks.addColumn(Risk::score).setHeader(screen.t("plans.risk.score"));
        risks.addColumn(r -> screen.show(r.mitigation())).setHeader(screen.t("plans.risk.mitigation")).setFlexGrow(3);
        risks.addColumn(r -> screen.person(r.owner())).setHeader(screen.t("plans.owner")).setFlexGrow(2);
        risks.setAllRowsVisible(true);
        documents.setId("documents");
        documents.setPadding(false);
        add(risks, new H4(screen.t("plans.documents")), documents);
    }

    void show(Plan plan) {
        risks.setItems(plan.risks());
        documents.removeAll();
        for (DocumentLink link : plan.documents()) {
            Anchor anchor = DataText.mark(new Anchor(link.url(), screen.show(link.title())));
            anchor.setTarget("_blank");
            documents.add(anchor);
        }
    }
}
