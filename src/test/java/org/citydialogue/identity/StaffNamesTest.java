package org.citydialogue.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.UUID;
import org.citydialogue.AppTest;
import org.citydialogue.tenancy.TenantContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Staff names on case timelines: kept between case openings, each city's own, a new colleague's at once. */
@AppTest
class StaffNamesTest {

    @Autowired
    StaffDirectory directory;

    @Autowired
    JdbcClient jdbc;

    private final String username = "new.agent." + UUID.randomUUID();

    /** Other tests sign in as every account of a city: the new colleague has no password to sign in with. */
    @AfterEach
    void colleagueLeaves() {
        TenantContext.call("vasteras", () -> jdbc.sql("delete from staff_account where username = ?").param(username)
                .update());
    }

    @Test
    void a_new_vasteras_colleague_is_named_at_once_and_only_in_vasteras() {
        assertThat(TenantContext.call("vasteras", directory::displayNames)).containsEntry("anna.agent", "Anna Lindqvist")
                .doesNotContainKey("li.agent");
        assertThat(TenantContext.call("jinan", directory::displayNames)).containsKey("li.agent")
                .doesNotContainKey("anna.agent");

        TenantContext.call("vasteras", () -> directory.addIfAbsent(
                new StaffAccount(username, "Nils Nyström", null, EnumSet.of(Role.AGENT), null)));

        assertThat(TenantContext.call("vasteras", directory::displayNames)).containsEntry(username, "Nils Nyström");
        assertThat(TenantContext.call("jinan", directory::displayNames)).doesNotContainKey(username);
    }
}
