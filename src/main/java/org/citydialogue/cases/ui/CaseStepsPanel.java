package org.citydialogue.cases.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.citydialogue.cases.CaseExtensions;
import org.citydialogue.cases.CaseMerges;
import org.citydialogue.cases.CaseReplies;
import org.citydialogue.cases.CannedReplies;
import org.citydialogue.cases.CaseSatisfaction;
import org.citydialogue.cases.ResidentCase;
import org.citydialogue.cases.Satisfaction;
import org.citydialogue.i18n.DataText;
import org.citydialogue.identity.StaffUser;

/**
 * The steps beside the lifecycle on the case view: buttons for those this staff member may take
 * now (延期申请 and 审批, satisfaction, merging a duplicate), and the facts they leave on the case.
 */
final class CaseStepsPanel {

    /** Takes a step on the case as shown; the view handles someone else's change in between. */
    interface Taker {
        void take(Supplier<ResidentCase> step);
    }

    private final CaseTexts texts;
    private final StaffUser staff;
    private final CaseExtensions extensions;
    private final CaseSatisfaction satisfaction;
    private final CaseMerges merges;
    private final Function<String, String> staffName;
    private final CaseReplies replies;
    private final CannedReplies canned;

    CaseStepsPanel(CaseTexts texts, StaffUser staff, CaseExtensions extensions, CaseSatisfaction satisfaction,
            CaseMerges merges, Function<String, String> staffName, CaseReplies replies, CannedReplies canned) {
        this.replies = replies;
        this.canned = canned;
        this.texts = texts;
        this.staff = staff;
        this.extensions = extensions;
        this.satisfaction = satisfaction;
        this.merges = merges;
        this.staffName = staffName;
    }

    List<Button> buttons(ResidentCase c, Taker taker) {
        List<Button> buttons = new ArrayList<>();
        if (extensions.mayRequest(staff, c)) {
            buttons.add(button("step-extension-request", texts.getTranslation("case.extension.request"),
                    () -> new ExtensionRequestDialog(texts, texts.settings().extensionMaxWorkingDays(),
                            (days, reason) -> taker.take(
                                    () -> extensions.request(staff, c.id(), c.version(), days, reason))).open()));
        }
        if (extensions.mayDecide(staff, c)) {
            extensions.pending(c.id()).ifPresent(pending -> buttons.add(button("step-extension-decide",
                    texts.getTranslation("case.extension.decide"),
                    () -> new ExtensionDecisionDialog(texts, pending, staffName.apply(pending.requestedBy()),
                            new ExtensionDecisionDialog.Decision() {
                                @Override
                                public void approve() {
                                    taker.take(() -> extensions.approve(staff, c.id(), c.version()));
                                }

                                @Override
                                public void refuse(String reason) {
                                    taker.take(() -> extensions.refuse(staff, c.id(), c.version(), reason));
                                }
                            }).open())));
        }
        if (satisfaction.mayRecord(staff, c)) {
            buttons.add(button("step-satisfaction", texts.getTranslation("case.satisfaction.record"),
                    () -> new SatisfactionDialog(texts, satisfaction.scale(staff), score -> taker.take(
                            () -> satisfaction.recordSatisfaction(staff, c.id(), c.version(), score))).open()));
        }
        if (merges.mayMerge(staff, c)) {
            buttons.add(button("step-merge", texts.getTranslation("case.merge"),
                    () -> new MergeDialog(texts, reference -> taker.take(
                            () -> merges.mergeInto(staff, c.id(), c.version(), reference))).open()));
        }
        // Text on the timeline: a reply does not itself move the case; the lifecycle step is separate.
        buttons.add(button("step-reply", texts.getTranslation("case.reply.write"),
                () -> new ReplyDialog(texts, canned.suggestions(staff.tenantId(), c.category(), c.residentLanguage()),
                        text -> taker.take(() -> replies.sendReply(staff, c.id(), c.version(), text))).open()));
        buttons.add(button("step-internal-note", texts.getTranslation("case.note.add"),
                () -> new InternalNoteDialog(texts,
                        text -> taker.take(() -> replies.addInternalNote(staff, c.id(), c.version(), text))).open()));
        return buttons;
    }

    /** The pending extension, the satisfaction recorded, the original a duplicate was merged into. */
    Component facts(ResidentCase c) {
        FormLayout facts = new FormLayout();
        facts.setId("case-step-facts");
        facts.setLabelWidth("10em");
        extensions.pending(c.id()).ifPresent(pending -> facts.addFormItem(data("fact-extension",
                texts.getTranslation("case.fact.extension.value", Map.of("days", pending.workingDays(),
                        "by", staffName.apply(pending.requestedBy()), "reason", pending.reason()))),
                texts.getTranslation("case.fact.extension")));
        satisfaction.recorded(c.id()).ifPresent(s -> facts.addFormItem(text("fact-satisfaction", label(s)),
                texts.getTranslation("case.fact.satisfaction")));
        merges.mergedInto(c.id()).ifPresent(reference -> facts.addFormItem(data("fact-merged-into", reference),
                texts.getTranslation("case.fact.merged.into")));
        facts.setVisible(facts.getChildren().findAny().isPresent());
        return facts;
    }

    private String label(Satisfaction s) {
        return Satisfaction.SKR5.equals(s.scale())
                ? texts.getTranslation("case.fact.satisfaction.skr",
                        Map.of("score", s.score(), "index", s.satisfactionIndex()))
                : SatisfactionDialog.label(texts, s.scale(), s.score());
    }

    private static Button button(String id, String label, Runnable open) {
        Button button = new Button(label, click -> open.run());
        button.setId(id);
        return button;
    }

    private static Span data(String id, String text) {
        Span span = DataText.mark(new Span(text));
        span.setId(id);
        return span;
    }

    private static Span text(String id, String text) {
        Span span = new Span(text);
        span.setId(id);
        return span;
    }
}
