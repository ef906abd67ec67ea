package org.citydialogue.cases.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import java.util.List;
import org.citydialogue.cases.NewCase;
import org.citydialogue.cases.ResidentCase;
import org.citydialogue.i18n.HardCodedTextGuard;
import org.citydialogue.identity.Role;
import org.citydialogue.identity.SignedInStaff;
import org.citydialogue.identity.StaffUser;
import org.junit.jupiter.api.Test;

/** Staff search from the queue and read where each case matches, the words found marked. */
class SearchViewTest extends CaseScreens {

    @Test
    void a_vasteras_agent_searches_from_the_queue_and_sees_the_matched_words_marked() {
        StaffUser anna = SignedInStaff.as("vasteras", "anna.agent", "Anna Lindqvist", Role.AGENT);
        ResidentCase lamp = streetComplaint(anna, "Gatlyktan vid Skultunavägen är trasig och gatlyktor längs "
                + "hela vägen är släckta.");
        openApp();
        navigate(QueueView.class);

        test(textField("queue-search")).setValue("gatlyktor");

        assertThat(getCurrentView()).isInstanceOf(SearchView.class);
        assertThat(textField("search-query").getValue()).isEqualTo("gatlyktor");
        Div hit = $(Div.class).id("search-hit-" + lamp.id());
        assertThat(hit.getElement().getTextRecursively()).contains(lamp.reference(), "Mottaget",
                "Gator och parker");
        Paragraph snippet = $(Paragraph.class, hit).single();
        assertThat(marked(snippet)).containsExactly("Gatlyktan", "gatlyktor");
        assertThat(snippet.getElement().getTextRecursively()).as("ts_headline's words, the final stop left out")
                .isEqualTo("Gatlyktan vid Skultunavägen är trasig och gatlyktor längs hela vägen är släckta");

        test($(com.vaadin.flow.router.RouterLink.class, hit).single()).click();
        assertThat(getCurrentView()).isInstanceOf(CaseDetailView.class);
    }

    @Test
    void a_jinan_operator_searches_in_chinese_and_markup_in_a_case_stays_text() {
        StaffUser li = SignedInStaff.as("jinan", "li.agent", "李娜", Role.AGENT);
        ResidentCase order = cases.register(li, new NewCase("help", "hotline", "city-appearance",
                "<img src=x onerror=alert(1)>小区垃圾清运不及时。", null, null, null, null, "zh-Hans"));
        openApp();
        navigate(SearchView.class);
        assertThat(textField("search-query").getLabel()).isEqualTo("诉求内容、办理意见和答复中的词语");

        test(textField("search-query")).setValue("垃圾");
        test($(Button.class).id("search-submit")).click();

        assertThat(fact("search-count")).matches("找到 \\d+ 件工单");
        Paragraph snippet = $(Paragraph.class, $(Div.class).id("search-hit-" + order.id())).single();
        assertThat(marked(snippet)).containsExactly("垃圾");
        assertThat(snippet.getElement().getTextRecursively()).isEqualTo("<img src=x onerror=alert(1)>小区垃圾清运不及时。");
        assertThat(snippet.getElement().getChildren().map(Element::getTag)).containsExactly("span", "mark", "span");
        assertThat(snippet.getElement().getChildren().flatMap(Element::getChildren))
                .as("only text nodes: nothing of the case becomes an element").allMatch(Element::isTextNode);
    }

    @Test
    void the_search_view_has_no_hard_coded_text() {
        StaffUser sara = SignedInStaff.as("vasteras", "sara.supervisor", "Sara Ekström", Role.SUPERVISOR);
        streetComplaint(sara, "Klotter på viadukten vid Mälarhamnen.");
        openApp();
        HardCodedTextGuard.usePseudoLocale();

        SearchView view = navigate(SearchView.class);
        test(textField("search-query")).setValue("klotter");
        test($(Button.class).id("search-submit")).click();

        assertThat($(Div.class).withClassName("search-hit").all()).isNotEmpty();
        HardCodedTextGuard.assertNoHardCodedText(view);
    }

    private List<String> marked(Component snippet) {
        return $(SearchView.Mark.class, snippet).all().stream().map(SearchView.Mark::getText).toList();
    }
}
