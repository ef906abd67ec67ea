package org.citydialogue.cases.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.citydialogue.calendar.DeadlineState;
import org.citydialogue.calendar.Deadlines;
import org.citydialogue.cases.CaseSettings;
import org.citydialogue.cases.Choice;
import org.citydialogue.cases.Lifecycle;
import org.citydialogue.cases.ResidentCase;
import org.citydialogue.i18n.Formats;
import org.citydialogue.i18n.Msg;
import org.citydialogue.tenancy.Department;
import org.citydialogue.tenancy.Tenant;

/**
 * What the case screens say about a case, in the reader's language: the tenant's own names for
 * kinds, categories, states, actions and departments (data), the catalogue's names for channels,
 * and where a case stands against its deadline.
 */
public final class CaseTexts {

    private final Component reader;
    private final Supplier<Locale> locale;
    private final Tenant tenant;
    private final CaseSettings settings;
    private final Deadlines deadlines;

    /** @param locale the reader's locale ({@code this::getLocale} of the view) */
    CaseTexts(Component reader, Supplier<Locale> locale, Tenant tenant, CaseSettings settings, Deadlines deadlines) {
        this.reader = reader;
        this.locale = locale;
        this.tenant = tenant;
        this.settings = settings;
        this.deadlines = deadlines;
    }

    Locale locale() {
        return locale.get();
    }

    Tenant tenant() {
        return tenant;
    }

    CaseSettings settings() {
        return settings;
    }

    /** A text of the message catalogue in the reader's language. */
    String getTranslation(String key, Object... params) {
        return reader.getTranslation(key, params);
    }

    Formats formats() {
        return Formats.of(locale.get(), tenant.zone());
    }

    String kind(String code) {
        return settings.kind(code).map(this::name).orElse(code);
    }

    String category(String code) {
        return settings.category(code).map(c -> name(c.choice())).orElse(code);
    }

    String state(String code) {
        return code == null ? "" : settings.lifecycle().state(code).map(s -> name(s.choice())).orElse(code);
    }

    String action(String code) {
        if ("register".equals(code)) {
            return reader.getTranslation("case.timeline.registered");
        }
        // Steps beside the tenant's lifecycle (CaseExtensions, CaseSatisfaction, CaseMerges) are named here.
        switch (code) {
            case "extension-requested" -> {
                return reader.getTranslation("case.step.extension.requested");
            }
            case "extension-approved" -> {
                return reader.getTranslation("case.step.extension.approved");
            }
            case "extension-refused" -> {
                return reader.getTranslation("case.step.extension.refused");
            }
            case "satisfaction-recorded" -> {
                return reader.getTranslation("case.step.satisfaction.recorded");
            }
            case "merged-as-duplicate" -> {
                return reader.getTranslation("case.step.merged.as.duplicate");
            }
            case "duplicate-merged" -> {
                return reader.getTranslation("case.step.duplicate.merged");
            }
            case "reply-sent" -> {
                return reader.getTranslation("case.step.reply.sent");
            }
            case "internal-note" -> {
                return reader.getTranslation("case.step.internal.note");
            }
            case "attachment-added" -> {
                return reader.getTranslation("case.step.attachment.added");
            }
            default -> {
                // a lifecycle action: named in the tenant file
            }
        }
        return settings.lifecycle().action(code).map(a -> name(a.choice())).orElse(code);
    }

    String action(Lifecycle.Action action) {
        return name(action.choice());
    }

    String department(String code) {
        return code == null ? "" : tenant.departments().stream().filter(d -> d.code().equals(code)).findFirst()
                .map(this::department).orElse(code);
    }

    String department(Department department) {
        return department.name(locale.get());
    }

    String channel(String code) {
        return reader.getTranslation(channelKey(code));
    }

    /** The key of a channel's name; literal keys so that the catalogue test checks every one. */
    public static String channelKey(String code) {
        return switch (code) {
            case "phone" -> Msg.key("channel.phone");
            case "email" -> Msg.key("channel.email");
            case "web" -> Msg.key("channel.web");
            case "social" -> Msg.key("channel.social");
            case "walk-in" -> Msg.key("channel.walk-in");
            case "letter" -> Msg.key("channel.letter");
            case "sms" -> Msg.key("channel.sms");
            case "wechat" -> Msg.key("channel.wechat");
            case "app" -> Msg.key("channel.app");
            case "hotline" -> Msg.key("channel.hotline");
            case "open311" -> Msg.key("channel.open311");
            default -> throw new IllegalArgumentException("No name for the channel " + code);
        };
    }

    /** A resident's language as chosen at intake: sv, en, zh-Hans or other. */
    String language(String tag) {
        if (tag == null) {
            return "";
        }
        return reader.getTranslation(languageKey(tag));
    }

    static String languageKey(String tag) {
        return switch (tag) {
            case "sv" -> Msg.key("language.sv");
            case "en" -> Msg.key("language.en");
            case "zh-Hans" -> Msg.key("language.zh-Hans");
            default -> Msg.key("case.language.other");
        };
    }

    /** Where an unanswered case stands against its answer deadline {@code due}: on track / due soon / overdue now. */
    private DeadlineState deadline(Instant due, Instant now) {
        return deadlines.state(tenant, now, due);
    }

    /** A deadline state in words, as on the badge. */
    String deadlineName(DeadlineState state) {
        return reader.getTranslation(switch (state) {
            case ON_TRACK -> "case.deadline.on.track";
            case DUE_SOON -> "case.deadline.due.soon";
            case BREACHED -> "case.deadline.overdue";
        });
    }

    /** A badge in colour and in words, so the state does not depend on seeing colours. */
    Span deadlineBadge(ResidentCase c, Instant now) {
        Span badge = new Span(badgeText(c.answered(), c.answerDueAt(), now));
        badge.getElement().getThemeList().add(badgeTheme(c.answered(), c.answerDueAt(), now));
        badge.addClassName("deadline");
        return badge;
    }

    /** The badge's words: answered, on track, due soon or overdue. */
    String badgeText(boolean answered, Instant due, Instant now) {
        return answered ? reader.getTranslation("case.deadline.answered") : deadlineName(deadline(due, now));
    }

    /** The badge's colour, as Lumo's badge theme. */
    String badgeTheme(boolean answered, Instant due, Instant now) {
        if (answered) {
            return "badge contrast";
        }
        return switch (deadline(due, now)) {
            case ON_TRACK -> "badge success";
            case DUE_SOON -> "badge warning";
            case BREACHED -> "badge error";
        };
    }

    /** "3 working days left", "Due today" or "Overdue", for an unanswered case. */
    String countdown(ResidentCase c, Instant now) {
        if (c.answered()) {
            return reader.getTranslation("case.deadline.answered");
        }
        if (deadline(c.answerDueAt(), now) == DeadlineState.BREACHED) {
            return reader.getTranslation("case.deadline.overdue");
        }
        int days = deadlines.remaining(tenant, now, c.answerDueAt());
        return days <= 0 ? reader.getTranslation("case.deadline.due.today")
                : reader.getTranslation("case.deadline.days.left", Map.of("days", days));
    }

    private String name(Choice choice) {
        return choice.name(locale.get());
    }
}
