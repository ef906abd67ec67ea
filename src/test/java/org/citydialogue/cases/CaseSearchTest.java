package org.citydialogue.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.citydialogue.AppTest;
import org.citydialogue.identity.Role;
import org.citydialogue.identity.SignedInStaff;
import org.citydialogue.identity.StaffUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Staff of both cities find cases by what residents and colleagues wrote, in their own language. */
@AppTest
class CaseSearchTest {

    @Autowired
    Cases cases;

    @Autowired
    CaseSearch search;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    @AfterEach
    void signOut() {
        SignedInStaff.signOut();
    }

    private static StaffUser anna() {
        return SignedInStaff.as("vasteras", "anna.agent", "Anna Lindqvist", Role.AGENT);
    }

    private static StaffUser li() {
        return SignedInStaff.as("jinan", "li.agent", "李娜", Role.AGENT);
    }

    private ResidentCase complaint(StaffUser agent, String description) {
        return cases.register(agent, new NewCase("complaint", "phone", "streets-parks", description, null, null, null,
                null, "sv"));
    }

    private ResidentCase workOrder(StaffUser operator, String description) {
        return cases.register(operator, new NewCase("help", "hotline", "city-appearance", description, null, null, null,
                null, "zh-Hans"));
    }

    private static List<String> references(List<CaseSearch.Hit> hits) {
        return hits.stream().map(CaseSearch.Hit::reference).toList();
    }

    @Test
    void a_vasteras_agent_finds_a_complaint_about_a_broken_street_lamp_by_searching_gatlyktor() {
        StaffUser anna = anna();
        ResidentCase weak = complaint(anna, "Buskarna vid cykelbanan skymmer sikten. Det finns en gatlykta längre bort, "
                + "men den är hel; mest handlar det om att klippa buskarna vid Kopparbergsvägen och rensa diket.");
        ResidentCase lamp = complaint(anna, "Gatlyktan vid busshållplatsen på Vallbyleden är trasig, gatlyktor i hela "
                + "kvarteret blinkar.");
        complaint(anna, "Parkbänken i Vasaparken är trasig.");

        List<CaseSearch.Hit> hits = search.search("gatlyktor", 20);

        assertThat(references(hits)).as("both lamp cases, the one about lamps first")
                .containsSubsequence(lamp.reference(), weak.reference())
                .doesNotContainNull();
        assertThat(hits.stream().filter(h -> h.id() == lamp.id())).singleElement().satisfies(hit -> {
            assertThat(hit.status()).isEqualTo("received");
            assertThat(hit.matches()).containsExactly("Gatlyktan", "gatlyktor");
            assertThat(hit.snippetText()).contains("Gatlyktan vid busshållplatsen");
        });
        assertThat(hits.getFirst().rank()).isGreaterThan(hits.stream().filter(h -> h.id() == weak.id())
                .findFirst().orElseThrow().rank());
    }

    @Test
    void a_jinan_operator_finds_a_work_order_about_garbage_collection_by_searching_laji() {
        StaffUser li = li();
        ResidentCase garbage = workOrder(li, "小区门口垃圾清运不及时，已经三天没人来了。");
        ResidentCase other = workOrder(li, "路灯不亮，晚上出行不便。");

        List<CaseSearch.Hit> hits = search.search("垃圾", 20);

        assertThat(references(hits)).contains(garbage.reference()).doesNotContain(other.reference());
        CaseSearch.Hit hit = hits.stream().filter(h -> h.id() == garbage.id()).findFirst().orElseThrow();
        assertThat(hit.matches()).containsExactly("垃圾");
        assertThat(hit.snippetText()).as("the original text, not the segmented copy")
                .isEqualTo("小区门口垃圾清运不及时，已经三天没人来了。");
        assertThat(references(search.search("清运", 20))).as("a word ICU split in the document")
                .contains(garbage.reference());
        assertThat(references(search.search("圾清运", 20))).as("any substring").contains(garbage.reference());
        assertThat(references(search.search("垃圾 路灯", 20))).as("every term is required").isEmpty();
    }

    @Test
    void notes_added_by_an_action_are_found_and_highlighted() {
        StaffUser anna = anna();
        ResidentCase c = complaint(anna, "Hål i cykelbanan på Kopparbergsvägen.");
        assertThat(search.search("asfaltering", 10)).extracting(CaseSearch.Hit::id).doesNotContain(c.id());

        cases.act(anna, c.id(), c.version(), "forward", "streets-parks", "Asfalteringen planeras till vecka 48.");

        List<CaseSearch.Hit> hits = search.search("asfaltering", 10);
        assertThat(hits).extracting(CaseSearch.Hit::id).contains(c.id());
        CaseSearch.Hit hit = hits.stream().filter(h -> h.id() == c.id()).findFirst().orElseThrow();
        assertThat(hit.matches()).containsExactly("Asfalteringen");
        assertThat(hit.snippet()).anySatisfy(s -> assertThat(s.text()).contains("planeras till vecka"));

        SignedInStaff.signOut();
        StaffUser li = li();
        ResidentCase order = workOrder(li, "楼道灯坏了。");
        cases.act(li, order.id(), order.version(), "dispatch", "urban-management", "请城管局尽快维修照明设施。");
        CaseSearch.Hit chinese = search.search("照明设施", 10).stream().filter(h -> h.id() == order.id()).findFirst()
                .orElseThrow();
        assertThat(chinese.matches()).containsExactly("照明设施");
        assertThat(chinese.snippetText()).isEqualTo("楼道灯坏了。\n请城管局尽快维修照明设施。");
    }

    @Test
    void highlights_are_plain_text_segments_so_markup_in_a_case_is_never_markup_in_a_snippet() {
        StaffUser anna = anna();
        ResidentCase c = complaint(anna, "<script>alert('x')</script> Trasig fontän i <b>Stadsparken</b>.");

        CaseSearch.Hit hit = search.search("fontänen", 10).stream().filter(h -> h.id() == c.id()).findFirst()
                .orElseThrow();

        assertThat(hit.matches()).containsExactly("fontän");
        assertThat(hit.snippetText()).as("ts_headline leaves tags out").contains("Trasig fontän i")
                .doesNotContain("<script>");

        SignedInStaff.signOut();
        StaffUser li = li();
        ResidentCase order = workOrder(li, "<b>注意</b>井盖丢失。");
        CaseSearch.Hit chinese = search.search("井盖", 10).stream().filter(h -> h.id() == order.id()).findFirst()
                .orElseThrow();
        assertThat(chinese.snippet()).containsExactly(new CaseSearch.Segment("<b>注意</b>", false),
                new CaseSearch.Segment("井盖", true), new CaseSearch.Segment("丢失。", false));
    }

    @Test
    void a_search_never_returns_another_citys_case() {
        StaffUser anna = anna();
        ResidentCase swedish = complaint(anna, "Klotter på Zyxkvistbron.");
        SignedInStaff.signOut();
        StaffUser li = li();
        ResidentCase chinese = workOrder(li, "Zyxkvistbron 桥下有涂鸦。");

        // By reference: ids are each city's own and may well be equal (each store has its sequence).
        assertThat(search.search("Zyxkvistbron", 100)).extracting(CaseSearch.Hit::reference)
                .contains(chinese.reference()).doesNotContain(swedish.reference());
        assertThat(search.search("Zyxkvistbron", 100)).extracting(CaseSearch.Hit::id)
                .allSatisfy(id -> assertThat(cases.find(id)).isPresent());
        assertThat(search.search("Zyxkvistbron", 100)).extracting(CaseSearch.Hit::reference)
                .allSatisfy(ref -> assertThat(ref).startsWith("JN-"));
        SignedInStaff.signOut();
        anna();
        assertThat(search.search("Zyxkvistbron", 100)).extracting(CaseSearch.Hit::reference)
                .contains(swedish.reference()).allSatisfy(ref -> assertThat(ref).startsWith("VST-"));
    }

    @Test
    void punctuation_only_stop_words_and_very_long_queries_are_answered_without_error() {
        StaffUser anna = anna();
        complaint(anna, "Trasig gungställning i lekparken.");
        String thousand = "gungställning ".repeat(72).substring(0, 1000);

        assertThat(search.search("?!… ,.;:'\"()&|!<>", 10)).isEmpty();
        assertThat(search.search("", 10)).isEmpty();
        assertThat(search.search(null, 10)).isEmpty();
        assertThat(search.search("och i på", 10)).as("only stop words").isEmpty();
        assertThat(search.search("gung:* & !(x) | 'y", 10)).as("tsquery syntax is just text").isEmpty();
        assertThat(search.search(thousand, 10)).isNotEmpty();
        assertThat(search.search("a".repeat(1000), 0)).isEmpty();

        SignedInStaff.signOut();
        li();
        assertThat(search.search("。，！？、……", 10)).isEmpty();
        assertThat(search.search("垃".repeat(999) + "\uD83D\uDE00", 10)).isEmpty();
        assertThat(search.search("城市".repeat(500), 10)).isEmpty();
    }

    @Test
    void a_search_reads_the_gin_index_and_never_computes_documents_over_the_table() {
        anna();
        String plan = new org.springframework.transaction.support.TransactionTemplate(transactions).execute(tx -> {
            // Tiny test tables make a sequential scan cheaper; forbid it to see what the query can use.
            jdbc.sql("set local enable_seqscan = off").update();
            return String.join("\n", jdbc.sql("""
                    explain select id from resident_case
                    where search @@ plainto_tsquery('swedish', 'gatlyktor') order by id desc limit 10
                    """).query(String.class).list());
        });
        // Each partition's part of resident_case_search: resident_case_live_search, resident_case_import_n_search.
        assertThat(plan).containsPattern("Index Scan on resident_case_\\w*search").doesNotContain("to_tsvector");
    }
}
