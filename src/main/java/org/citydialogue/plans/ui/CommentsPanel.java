package org.citydialogue.plans.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.messages.MessageList;
import com.vaadin.flow.component.messages.MessageListItem;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;

import org.citydialogue.i18n.DataText;
import org.citydialogue.plans.PlanComments;

/**
 * The comment thread of one plan item, and a field to add to it; {@code @username} mentions a
 * member, who is notified.
 */
class CommentsPanel extends VerticalLayout {

    private final PlanScreen screen;
    private final PlanComments comments;
    private final H4 heading = new H4();
    private final MessageList thread = new MessageList();
    private final TextArea body = new TextArea();
    private String itemType;
    private long itemId;

    CommentsPanel(PlanScreen screen, PlanComments comments) {
        this.screen = screen;
        this.comments = comments;
        setId("comments");
        setPadding(false);
        DataText.mark(heading);
        thread.setId("comment-thread");
        body.setId("comment-body");
        body.setWidthFull();
        body.setPlaceholder(screen.t("plans.comment.placeholder"));
        Button post = new Button(screen.t("plans.comment.post"), click -> post());
        post.setId("comment-post");
        add(heading, thread, body, post);
        setVisible(false);
    }

    /** Shows the thread of one item, titled with the item's name in the reader's language. */
    void show(String type, long id, String title) {
        itemType = type;
        itemId = id;
        heading.setText(title);
        setVisible(true);
        refresh();
    }

    void refresh() {
        if (itemType == null) {
            return;
        }
        thread.setItems(comments.thread(screen.staff(), screen.partnershipId(), itemType, itemId).stream()
                .map(c -> {
                    var item = new MessageListItem(c.body(), c.createdAt(), screen.person(c.author()));
                    item.setUserAbbreviation(c.author().name().substring(0, 1));
                    return item;
                }).toList());
    }

    private void post() {
        if (screen.attempt(() -> comments.add(screen.staff(), screen.partnershipId(), itemType, itemId,
                body.getValue()))) {
            body.clear();
            refresh();
        }
    }
}
