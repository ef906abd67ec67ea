package org.citydialogue.cases.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.citydialogue.calendar.DeadlineState;
import org.citydialogue.cases.CaseQueue;

/**
 * The warning above the queue, before a breach and after: how many of the staff member's cases are
 * overdue and how many are due by the end of the working day, each a button that filters the queue
 * to them. Hidden when nothing needs attention.
 */
final class QueueWarning extends HorizontalLayout {

    private final CaseTexts texts;
    private final CaseQueue queue;
    private final CaseQueue.Filter scope;
    private final Consumer<DeadlineState> show;

    QueueWarning(CaseTexts texts, CaseQueue queue, CaseQueue.Filter scope, Consumer<DeadlineState> show) {
        this.texts = texts;
        this.queue = queue;
        this.scope = scope;
        this.show = show;
        setId("queue-warning");
        addClassName("queue-warning");
        getElement().setAttribute("role", "status");
        setAlignItems(FlexComponent.Alignment.BASELINE);
    }

    /** The query-parameter spelling of a deadline state: {@code breached}, {@code due-soon}, {@code on-track}. */
    static String parameter(DeadlineState state) {
        return state.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static Optional<DeadlineState> state(String parameter) {
        return Arrays.stream(DeadlineState.values()).filter(s -> parameter(s).equals(parameter)).findFirst();
    }

    void refresh() {
        removeAll();
        int breached = queue.count(scope.withDeadline(DeadlineState.BREACHED));
        int dueSoon = queue.count(scope.withDeadline(DeadlineState.DUE_SOON));
        setVisible(breached + dueSoon > 0);
        if (breached + dueSoon == 0) {
            return;
        }
        Span text = new Span(texts.getTranslation("case.queue.warning", Map.of("overdue", breached, "soon", dueSoon)));
        text.setId("queue-warning-text");
        add(text);
        if (breached > 0) {
            add(button("queue-show-overdue", "case.queue.show.overdue", DeadlineState.BREACHED));
        }
        if (dueSoon > 0) {
            add(button("queue-show-due-soon", "case.queue.show.due.soon", DeadlineState.DUE_SOON));
        }
    }

    private Button button(String id, String key, DeadlineState state) {
        Button button = new Button(texts.getTranslation(key), click -> show.accept(state));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL,
                state == DeadlineState.BREACHED ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_CONTRAST);
        button.setId(id);
        return button;
    }
}
