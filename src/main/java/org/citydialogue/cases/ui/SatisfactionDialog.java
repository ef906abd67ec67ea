package org.citydialogue.cases.ui;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.function.IntConsumer;
import org.citydialogue.cases.Satisfaction;

/**
 * The resident's answer at follow-up, on their city's scale: 1–5 in Västerås (SKR),
 * 满意 / 基本满意 / 不满意 on the 12345 hotline.
 */
final class SatisfactionDialog extends StepDialog {

    SatisfactionDialog(CaseTexts texts, String scale, IntConsumer record) {
        super(texts, "satisfaction-dialog", texts.getTranslation("case.satisfaction.record"));
        RadioButtonGroup<Integer> score = field("score", new RadioButtonGroup<>(
                texts.getTranslation("case.satisfaction.score")));
        score.setId("satisfaction-score");
        score.setItems(Satisfaction.scores(scale).reversed());
        score.setItemLabelGenerator(s -> label(texts, scale, s));
        score.setRequiredIndicatorVisible(true);
        score.setManualValidation(true);
        submit("satisfaction-submit", texts.getTranslation("case.action.submit"),
                () -> record.accept(score.getValue() == null ? 0 : score.getValue()));
    }

    static String label(CaseTexts texts, String scale, int score) {
        if (!Satisfaction.CN3.equals(scale)) {
            return Integer.toString(score);
        }
        return switch (score) {
            case 3 -> texts.getTranslation("case.satisfaction.cn3.satisfied");
            case 2 -> texts.getTranslation("case.satisfaction.cn3.fairly");
            default -> texts.getTranslation("case.satisfaction.cn3.dissatisfied");
        };
    }
}
