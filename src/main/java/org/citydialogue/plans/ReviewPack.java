package org.citydialogue.plans;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.citydialogue.i18n.Formats;
import org.citydialogue.i18n.SupportedLanguage;
import org.citydialogue.i18n.Translations;
import org.springframework.stereotype.Component;

/**
 * A steering review as a PDF in one language, for the committee's files: period, outcomes with
 * their indicators and status, budget, decisions, minutes and sign-offs. Texts not yet translated
 * into that language appear in the version there is, marked as such.
 */
@Component
public class ReviewPack {

    private static final float[] OUTCOME_COLUMNS = {0.46f, 0.12f, 0.12f, 0.12f, 0.18f};
    private static final float[] DECISION_COLUMNS = {0.55f, 0.27f, 0.18f};

    private final Translations translations;

    ReviewPack(Translations translations) {
        this.translations = translations;
    }

    public byte[] render(String partnershipName, Plan plan, SteeringReview review, SupportedLanguage language,
            Formats formats) {
        try (PdfWriter pdf = new PdfWriter(language.locale())) {
            pdf.title(partnershipName);
            pdf.text(t(language, "plans.pack.title", Map.of("from", formats.date(review.periodFrom()),
                    "to", formats.date(review.periodTo()))));
            pdf.heading(t(language, "plans.project-goal"));
            pdf.text(shown(plan.projectGoal(), language));
            outcomes(pdf, review, language, formats);
            budget(pdf, plan, language, formats);
            decisions(pdf, review, language, formats);
            pdf.heading(t(language, "plans.review.minutes"));
            pdf.text(shown(review.minutes(), language));
            pdf.heading(t(language, "plans.review.signoffs"));
            for (SteeringReview.SignOff signOff : review.signOffs()) {
                pdf.text(t(language, "plans.pack.signed", Map.of("name", signOff.name(),
                        "when", formats.dateTime(signOff.signedAt()))));
            }
            if (!review.signedOff()) {
                pdf.text(t(language, "plans.review.awaiting"));
            }
            return pdf.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void outcomes(PdfWriter pdf, SteeringReview review, SupportedLanguage language, Formats formats)
            throws IOException {
        pdf.heading(t(language, "plans.outcomes"));
        pdf.row(true, OUTCOME_COLUMNS, t(language, "plans.indicator"), t(language, "plans.indicator.baseline"),
                t(language, "plans.indicator.target"), t(language, "plans.indicator.current"),
                t(language, "plans.review.status"));
        for (SteeringReview.OutcomeReview outcome : review.outcomes()) {
            String status = t(language, outcome.status().nameKey())
                    + (outcome.override() != null ? " *" : "");
            pdf.row(true, OUTCOME_COLUMNS, shown(outcome.outcome().title(), language), "", "", "", status);
            for (Indicator indicator : outcome.outcome().indicators()) {
                pdf.row(false, OUTCOME_COLUMNS, shown(indicator.title(), language),
                        formats.number(indicator.baseline()) + " " + indicator.unit(),
                        formats.number(indicator.target()), indicator.current() == null ? "–"
                                : formats.number(indicator.current()), "");
            }
            if (outcome.override() != null) {
                pdf.text("* " + t(language, "plans.pack.override", Map.of("name", outcome.overriddenBy(),
                        "reason", outcome.reason())));
            }
        }
    }

    private void budget(PdfWriter pdf, Plan plan, SupportedLanguage language, Formats formats) throws IOException {
        BudgetTotals totals = plan.budgetTotals();
        pdf.heading(t(language, "plans.budget"));
        pdf.text(t(language, "plans.pack.budget", Map.of("grantPlanned", formats.money(totals.grantPlanned(), "SEK"),
                "grantSpent", formats.money(totals.grantSpent(), "SEK"),
                "ownPlanned", formats.money(totals.ownPlanned(), "SEK"),
                "ownSpent", formats.money(totals.ownSpent(), "SEK"),
                "rate", formats.number(plan.cnyPerSek()))));
    }

    private void decisions(PdfWriter pdf, SteeringReview review, SupportedLanguage language, Formats formats)
            throws IOException {
        pdf.heading(t(language, "plans.review.decisions"));
        pdf.row(true, DECISION_COLUMNS, t(language, "plans.decision.what"), t(language, "plans.owner"),
                t(language, "plans.decision.due"));
        for (SteeringReview.Decision decision : review.decisions()) {
            pdf.row(false, DECISION_COLUMNS, shown(decision.what(), language), decision.owner().name(),
                    formats.date(decision.dueOn()));
        }
    }

    /** The reader's version, or the one there is with a note that it is not yet translated. */
    private String shown(LocalizedText text, SupportedLanguage language) {
        LocalizedText.Shown shown = text.forReader(language);
        return shown.translated() || shown.text().isEmpty() ? shown.text()
                : shown.text() + " (" + t(language, "plans.not-translated") + ")";
    }

    private String t(SupportedLanguage language, String key) {
        return translations.translate(language, key);
    }

    private String t(SupportedLanguage language, String key, Map<String, ?> arguments) {
        return translations.translate(language, key, arguments);
    }
}
