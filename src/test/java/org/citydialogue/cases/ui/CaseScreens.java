package org.citydialogue.cases.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.List;
import java.util.stream.IntStream;
import org.citydialogue.BrowserlessAppTest;
import org.citydialogue.cases.Cases;
import org.citydialogue.cases.NewCase;
import org.citydialogue.cases.ResidentCase;
import org.citydialogue.identity.SignedInStaff;
import org.citydialogue.identity.StaffUser;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;

/** What the case screens' tests share: reading fields, grids and facts the way a user sees them. */
abstract class CaseScreens extends BrowserlessAppTest {

    @Autowired
    Cases cases;

    @AfterEach
    void signOut() {
        SignedInStaff.signOut();
    }

    ResidentCase streetComplaint(StaffUser agent, String description) {
        return cases.register(agent, new NewCase("complaint", "phone", "streets-parks", description, "Vasagatan 12",
                "Eva Svensson", "eva@example.se", "021-123 45", "sv"));
    }

    @SuppressWarnings("unchecked")
    ComboBox<String> combo(String id) {
        return $(ComboBox.class).id(id);
    }

    @SuppressWarnings("unchecked")
    <T> ComboBox<T> comboOf(String id) {
        return $(ComboBox.class).id(id);
    }

    TextField textField(String id) {
        return $(TextField.class).id(id);
    }

    TextArea textArea(String id) {
        return $(TextArea.class).id(id);
    }

    String fact(String id) {
        return $(Span.class).id(id).getText();
    }

    List<String> navigation() {
        return $(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
    }

    @SuppressWarnings("unchecked")
    <T> Grid<T> grid(String id) {
        return $(Grid.class).id(id);
    }

    List<String> headers(Grid<?> grid) {
        return grid.getColumns().stream().map(Grid.Column::getHeaderText).toList();
    }

    /** The texts of one column, top to bottom; a component cell gives its text. */
    List<String> column(Grid<?> grid, int column) {
        var tester = test(grid);
        return IntStream.range(0, tester.size()).mapToObj(row -> cell(grid, row, column)).toList();
    }

    String cell(Grid<?> grid, int row, int column) {
        var renderer = grid.getColumns().get(column).getRenderer();
        if (renderer instanceof ComponentRenderer<?, ?>) {
            Component component = test(grid).getCellComponent(row, column);
            return component.getElement().getTextRecursively();
        }
        if (renderer instanceof LitRenderer<?>) {
            // The queue's templates show their "text" property (in a link or a badge).
            return test(grid).getLitRendererPropertyValue(row, column, "text", String.class);
        }
        return test(grid).getCellText(row, column);
    }
}
