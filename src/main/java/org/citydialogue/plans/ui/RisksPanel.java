package org.citydialogue.plans.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.citydialogue.i18n.DataText;
import org.citydialogue.plans.DocumentLink;
import org.citydialogue.plans.Plan;
import org.citydialogue.plans.PlanEdits;
import org.citydialogue.plans.Risk;

/** The risks, highest likelihood × impact first, and the documents the partnership links to; editors add and change both. */
class RisksPanel extends VerticalLayout {

    private final PlanScreen screen;
    private final Grid<Risk> risks = new Grid<>();
    private final VerticalLayout documents = new VerticalLayout();
    private final PlanEdits edits;

    RisksPanel(PlanScreen screen, PlanEdits edits) {
        this.screen = screen;
        this.edits = edits;
        setPadding(false);
        Button addRisk = screen.editButton("plans.risk.add", "add-risk", () -> new RiskDialog(screen, edits, null).open());
        addRisk.setId("add-risk");
        Button addDocument = screen.editButton("plans.document.add", "add-document",
                () -> new DocumentDialog(screen, edits, null).open());
        addDocument.setId("add-document");
        risks.setId("risks");
        risks.addColumn(r -> screen.show(r.title())).setHeader(screen.t("plans.risk")).setFlexGrow(3);
        risks.addColumn(Risk::likelihood).setHeader(screen.t("plans.risk.likelihood"));
        risks.addColumn(Risk::impact).setHeader(screen.t("plans.risk.impact"));
        risks.addColumn(Risk::score).setHeader(screen.t("plans.risk.score"));
        risks.addColumn(r -> screen.show(r.mitigation())).setHeader(screen.t("plans.risk.mitigation")).setFlexGrow(3);
        risks.addColumn(r -> screen.person(r.owner())).setHeader(screen.t("plans.owner")).setFlexGrow(2);
        risks.addComponentColumn(r -> screen.editButton("plans.edit", "edit-risk",
                () -> new RiskDialog(screen, edits, r).open())).setAutoWidth(true);
        risks.setAllRowsVisible(true);
        documents.setId("documents");
        documents.setPadding(false);
        add(addRisk, risks, new H4(screen.t("plans.documents")), addDocument, documents);
    }

    void show(Plan plan) {
        risks.setItems(plan.risks());
        documents.removeAll();
        for (DocumentLink link : plan.documents()) {
            Anchor anchor = DataText.mark(new Anchor(link.url(), screen.show(link.title())));
            anchor.setTarget("_blank");
            HorizontalLayout row = new HorizontalLayout(anchor, screen.editButton("plans.edit", "edit-document",
                    () -> new DocumentDialog(screen, edits, link).open()));
            row.setAlignItems(Alignment.BASELINE);
            documents.add(row);
        }
    }
}
