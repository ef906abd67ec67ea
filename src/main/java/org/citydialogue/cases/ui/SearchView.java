package org.citydialogue.cases.ui;

import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.HtmlComponent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.citydialogue.calendar.Deadlines;
import org.citydialogue.cases.CaseCatalogue;
import org.citydialogue.cases.CaseSearch;
import org.citydialogue.i18n.DataText;
import org.citydialogue.identity.CurrentStaff;
import org.citydialogue.identity.StaffUser;
import org.citydialogue.tenancy.Tenant;
import org.citydialogue.tenancy.TenantDirectory;

/**
 * Full-text search over the city's cases: the best matches first, each with where it matches and
 * the words found highlighted. Snippets are data, shown as text: matched pieces in {@code <mark>}
 * elements whose text is set as text, never as HTML. The query is in the address ({@code ?q=}).
 */
@Route("cases/search")
@RolesAllowed({"AGENT", "CASE_HANDLER", "SUPERVISOR"})
public class SearchView extends VerticalLayout implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    /** The query parameter holding the search text. */
    public static final String QUERY = "q";
    static final int LIMIT = 50;

    private final CaseSearch search;
    private final CaseTexts texts;
    private final TextField field = new TextField();
    private final Button submit = new Button();
    private final H2 title = new H2();
    private final Span count = new Span();
    private final Div results = new Div();

    /** The {@code <mark>} element, with text only. */
    @Tag("mark")
    static final class Mark extends HtmlComponent implements HasText {
        Mark(String text) {
            setText(text);
        }
    }

    public SearchView(CaseSearch search, CaseCatalogue catalogue, TenantDirectory tenants, CurrentStaff currentStaff,
            Deadlines deadlines) {
        this.search = search;
        StaffUser staff = currentStaff.require();
        Tenant tenant = tenants.require(staff.tenantId());
        this.texts = new CaseTexts(this, this::getLocale, tenant, catalogue.require(tenant.id()), deadlines);
        field.setId("search-query");
        field.setClearButtonVisible(true);
        field.setPrefixComponent(VaadinIcon.SEARCH.create());
        field.setWidth("32rem");
        field.setMaxLength(1000);
        submit.setId("search-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(click -> run());
        submit.addClickShortcut(Key.ENTER);
        count.setId("search-count");
        results.setId("search-results");
        results.addClassName("search-results");
        HorizontalLayout bar = new HorizontalLayout(field, submit);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(title, bar, count, results);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> query = event.getLocation().getQueryParameters().getParameters().getOrDefault(QUERY, List.of());
        field.setValue(query.isEmpty() ? "" : query.getFirst());
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("case.search.title"));
        field.setLabel(getTranslation("case.search.field"));
        submit.setText(getTranslation("case.search.submit"));
        run();
    }

    /** Searches for what the field holds and shows the hits; the address follows the query. */
    private void run() {
        String text = field.getValue().strip();
        results.removeAll();
        if (text.isEmpty()) {
            count.setText("");
            return;
        }
        List<CaseSearch.Hit> hits = search.search(text, LIMIT);
        count.setText(getTranslation("case.search.count", Map.of("count", hits.size())));
        hits.forEach(hit -> results.add(hit(hit)));
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                new com.vaadin.flow.router.Location("cases/search", QueryParameters.of(QUERY, text))));
    }

    private Div hit(CaseSearch.Hit hit) {
        RouterLink link = DataText.mark(new RouterLink(hit.reference(), CaseDetailView.class,
                new RouteParameters(CaseDetailView.ID, String.valueOf(hit.id()))));
        Span state = DataText.mark(new Span(texts.state(hit.status())));
        state.getElement().getThemeList().add("badge contrast");
        Span category = DataText.mark(new Span(texts.category(hit.category())));
        category.addClassName("search-category");
        HorizontalLayout head = new HorizontalLayout(link, state, category);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        Paragraph snippet = DataText.mark(new Paragraph());
        snippet.addClassName("search-snippet");
        for (CaseSearch.Segment segment : hit.snippet()) {
            snippet.add(segment.matched() ? new Mark(segment.text()) : new Span(segment.text()));
        }
        Div row = new Div(head, snippet);
        row.addClassName("search-hit");
        row.setId("search-hit-" + hit.id());
        return row;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("case.search.title");
    }
}
