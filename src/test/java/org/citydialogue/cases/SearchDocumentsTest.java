package org.citydialogue.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.citydialogue.AppTest;
import org.citydialogue.identity.Role;
import org.citydialogue.identity.SignedInStaff;
import org.citydialogue.identity.StaffUser;
import org.citydialogue.tenancy.Tenant;
import org.citydialogue.tenancy.TenantDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Cases an import stored without a search document get one from the backlog, and none is lost on the way. */
@AppTest
class SearchDocumentsTest {

    @Autowired
    SearchDocuments documents;
    @Autowired
    CaseSearch search;
    @Autowired
    Cases cases;
    @Autowired
    TenantDirectory tenants;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SignedInStaff.signOut();
    }

    private long stored(String description) {
        return jdbc.sql("""
                insert into resident_case (reference, kind, channel, category, status, description, received_at,
                    answer_due_at, registered_by)
                values ('T-' || nextval('case_number'), 'complaint', 'phone', 'streets-parks', 'received', ?, now(),
                    now() + interval '3 days', 'import:test') returning id
                """).param(description).query(Long.class).single();
    }

    private List<Long> backlog() {
        return jdbc.sql("select from_id from search_backlog order by id").query(Long.class).list();
    }

    @Test
    void an_imported_range_is_written_a_window_at_a_time_and_leaves_the_backlog_with_its_last_document() {
        StaffUser anna = SignedInStaff.as("vasteras", "anna.agent", "Anna Lindqvist", Role.AGENT);
        Tenant vasteras = tenants.require("vasteras");
        while (documents.writeOwed(vasteras, 1_000) > 0) {
            // earlier imports' ranges first, so the one below is the only range left
        }
        long first = stored("Klotter på skolans vägg vid Djäkneberget");
        long registered = cases.register(anna, new NewCase("complaint", "phone", "streets-parks",
                "Lekplatsens gungor är trasiga", null, null, null, null, "sv")).id();
        String registeredDocument = jdbc.sql("select search::text from resident_case where id = ?").param(registered)
                .query(String.class).single();
        stored("Gatlyktan på Vasagatan blinkar");
        long last = stored("Nedfallna grenar på cykelbanan efter stormen");
        jdbc.sql("insert into search_backlog (from_id, to_id) values (?, ?)").params(first, last).update();

        assertThat(documents.writeOwed(vasteras, 2)).as("ids of other connections may lie between").isBetween(1, 2);
        assertThat(backlog()).as("the range shrinks past the window written").containsExactly(first + 2);
        while (documents.writeOwed(vasteras, 2) > 0) {
            // the rest of the range
        }

        assertThat(backlog()).isEmpty();
        assertThat(jdbc.sql("select count(*) from resident_case where id between ? and ? and search is null")
                .params(first, last).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select search::text from resident_case where id = ?").param(registered)
                .query(String.class).single()).as("a case of another writer in the range keeps its document")
                .isEqualTo(registeredDocument);
        assertThat(search.search("gatlyktan", 10)).extracting(CaseSearch.Hit::snippetText)
                .anySatisfy(text -> assertThat(text).contains("Vasagatan"));
        assertThat(search.search("grenar", 10)).isNotEmpty();
    }
}
