package org.citydialogue.benchmarks.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.File;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.citydialogue.benchmarks.BenchmarkInputException;
import org.citydialogue.benchmarks.BenchmarkKeys;
import org.citydialogue.benchmarks.BenchmarkPublications;
import org.citydialogue.benchmarks.KoladaReferences;
import org.citydialogue.benchmarks.Kpi;
import org.citydialogue.benchmarks.KpiCatalogue;
import org.citydialogue.benchmarks.Publication;
import org.citydialogue.i18n.Formats;
import org.citydialogue.i18n.ui.UploadTexts;
import org.citydialogue.identity.StaffUser;
import org.citydialogue.partnership.Partnership;
import org.citydialogue.tenancy.TenantContext;

/**
 * For a city's tenant admin: publish chosen KPIs of chosen months to the partnership (only
 * suppressed aggregates leave the city), see every publication (who, what, when), and import
 * Kolada reference values.
 */
class PublishPanel extends Details {

    /** Kolada files are small (a few KPIs, years and municipalities); anything larger is not one. */
    private static final int KOLADA_MAX_BYTES = 5 * 1024 * 1024;

    private final BenchmarkPublications publications;
    private final StaffUser admin;
    private final Supplier<Partnership> partnership;
    private final Runnable published;
    private final CheckboxGroup<Kpi> kpis = new CheckboxGroup<>();
    private final Select<YearMonth> from = new Select<>();
    private final Select<YearMonth> to = new Select<>();
    private final Paragraph outcome = new Paragraph();
    private final Grid<Publication> history = new Grid<>();

    PublishPanel(BenchmarkPublications publications, KoladaReferences kolada, KpiCatalogue catalogue, StaffUser admin,
            Supplier<Partnership> partnership, Runnable published) {
        this.publications = publications;
        this.admin = admin;
        this.partnership = partnership;
        this.published = published;
        setId("benchmark-publish");
        setSummaryText(getTranslation("benchmarks.publish.title"));
        kpis.setId("benchmark-publish-kpis");
        kpis.setLabel(getTranslation("benchmarks.publish.kpis"));
        kpis.setItems(catalogue.all());
        kpis.setItemLabelGenerator(k -> getTranslation(BenchmarkKeys.kpi(k.id())));
        List<YearMonth> months = new ArrayList<>();
        YearMonth now = YearMonth.now(ZoneOffset.UTC);
        for (int i = 0; i < 36; i++) {
            months.add(now.minusMonths(i));
        }
        for (Select<YearMonth> month : List.of(from, to)) {
            month.setItems(months);
            DataItems.show(month, m -> new DashboardCharts(getLocale(), this::getTranslation).month(m));
        }
        from.setId("benchmark-publish-from");
        from.setLabel(getTranslation("benchmarks.publish.from"));
        from.setValue(now.minusMonths(11));
        to.setId("benchmark-publish-to");
        to.setLabel(getTranslation("benchmarks.publish.to"));
        to.setValue(now);
        Button publish = new Button(getTranslation("benchmarks.publish.button"), click -> publish());
        publish.setId("benchmark-publish-button");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        outcome.setId("benchmark-publish-outcome");
        Formats formats = Formats.of(getLocale(), ZoneOffset.UTC);
        history.setId("benchmark-publications");
        history.addColumn(p -> formats.dateTime(p.publishedAt())).setHeader(getTranslation("benchmarks.history.when"));
        history.addColumn(p -> p.tenantId() + " · " + p.publishedBy()).setHeader(getTranslation("benchmarks.history.who"));
        history.addColumn(p -> String.join(", ", p.kpis().stream().map(k -> getTranslation(BenchmarkKeys.kpi(k)))
                .toList())).setHeader(getTranslation("benchmarks.history.what"));
        history.addColumn(p -> getTranslation("benchmarks.history.cells", Map.of("cells", p.cells(), "suppressed",
                p.suppressed()))).setHeader(getTranslation("benchmarks.history.cells.header"));
        history.setAllRowsVisible(true);
        Upload upload = new Upload(UploadHandler.toTempFile((metadata, file) -> importKolada(kolada, file)));
        UploadTexts.apply(upload);
        upload.setId("benchmark-kolada-upload");
        upload.setAcceptedFileTypes(".json", "application/json", ".csv", "text/csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(KOLADA_MAX_BYTES);
        upload.addFileRejectedListener(rejected -> outcome.setText(getTranslation("benchmarks.kolada.error.rejected")));
        HorizontalLayout months0 = new HorizontalLayout(from, to);
        add(new VerticalLayout(kpis, months0, publish, outcome, history,
                new Paragraph(getTranslation("benchmarks.kolada.upload.help")), upload));
        showHistory();
    }

    private void publish() {
        Partnership target = partnership.get();
        try {
            Publication done = publications.publish(admin, target == null ? "" : target.id(),
                    kpis.getSelectedItems().stream().map(Kpi::id).toList(), from.getValue(), to.getValue());
            outcome.setText(getTranslation("benchmarks.publish.done", Map.of("cells", done.cells(), "suppressed",
                    done.suppressed())));
            showHistory();
            published.run();
        } catch (BenchmarkInputException refused) {
            outcome.setText(getTranslation(refused.messageKey()));
        }
    }

    /** Runs on the upload's own request, where the admin's tenant is bound. */
    private void importKolada(KoladaReferences kolada, File file) throws java.io.IOException {
        Partnership target = partnership.get();
        String message;
        try (InputStream in = Files.newInputStream(file.toPath())) {
            int count = TenantContext.call(admin.tenantId(), () -> kolada.importFile(admin, target.id(), in).size());
            message = getTranslation("benchmarks.kolada.done", Map.of("count", count));
        } catch (BenchmarkInputException refused) {
            message = getTranslation(refused.messageKey(), refused.arguments());
        } finally {
            Files.deleteIfExists(file.toPath());
        }
        String shown = message;
        getUI().ifPresent(ui -> ui.access(() -> {
            outcome.setText(shown);
            published.run();
        }));
    }

    void showHistory() {
        Partnership target = partnership.get();
        history.setItems(target == null ? List.of() : publications.history(target.id()));
    }
}
