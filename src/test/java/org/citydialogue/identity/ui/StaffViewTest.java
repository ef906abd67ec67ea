package org.citydialogue.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.citydialogue.shell.ui.NotFoundView;
import java.util.List;
import java.util.stream.IntStream;
import org.citydialogue.BrowserlessAppTest;
import org.citydialogue.i18n.HardCodedTextGuard;
import org.citydialogue.identity.Role;
import org.citydialogue.identity.SignedInStaff;
import org.citydialogue.identity.StaffAccount;
import org.citydialogue.tenancy.TenantContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Supervisors and admins see their own city's staff, and only theirs. */
class StaffViewTest extends BrowserlessAppTest {

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        TenantContext.run("vasteras", () -> jdbc.sql("delete from staff_account where username like 'test.%'").update());
        SignedInStaff.signOut();
    }

    @Test
    void a_vasteras_supervisor_sees_the_vasteras_staff_and_never_jinans() {
        SignedInStaff.as("vasteras", "sara.supervisor", "Sara Ekström", Role.SUPERVISOR);
        openApp();
        assertThat($(SideNavItem.class).withText("Medarbetare").all()).hasSize(1);

        StaffView view = navigate(StaffView.class);

        assertThat(column(0)).containsExactly("Adam Nilsson", "Anna Lindqvist", "Hans Berg", "Sara Ekström");
        assertThat(column(1)).containsExactly("adam.admin", "anna.agent", "hans.handlaggare", "sara.supervisor");
        assertThat(column(2)).containsExactly("Administratör för staden", "Kontaktcenterhandläggare",
                "Handläggare", "Teamledare");
        assertThat(column(3)).containsExactly("", "", "Gator och parker", "");
        assertThat($(Span.class, view).withText("4 medarbetare").all()).hasSize(1);
        assertThat(headers()).containsExactly("Namn", "Användarnamn", "Roller", "Förvaltning");
    }

    @Test
    void names_sort_as_in_swedish() {
        // Swedish puts Å before Ä, both after Z; code-point order has Ä before Å, English puts both beside A.
        addVasterasColleague("test.arla", "Ärla Berg");
        addVasterasColleague("test.asa", "Åsa Ek");
        addVasterasColleague("test.zoran", "Zoran Lind");
        SignedInStaff.as("vasteras", "sara.supervisor", "Sara Ekström", Role.SUPERVISOR);
        openApp();

        navigate(StaffView.class);

        assertThat(column(0)).containsExactly("Adam Nilsson", "Anna Lindqvist", "Hans Berg", "Sara Ekström",
                "Zoran Lind", "Åsa Ek", "Ärla Berg");
    }

    @Test
    void a_jinan_supervisor_sees_the_jinan_staff_in_pinyin_order_and_in_chinese() {
        SignedInStaff.as("jinan", "zhang.supervisor", "张敏", Role.SUPERVISOR);
        openApp();

        navigate(StaffView.class);

        // Chen, Li, Wang, Zhang; in code-point order 张 would come first and 陈 last.
        assertThat(column(0)).containsExactly("陈静", "李娜", "王伟", "张敏");
        assertThat(column(3)).containsExactly("", "", "城市管理局", "");
        assertThat(headers()).containsExactly("姓名", "用户名", "角色", "部门");
    }

    @Test
    void an_agent_is_refused_the_staff_list() {
        SignedInStaff.as("vasteras", "anna.agent", "Anna Lindqvist", Role.AGENT);
        openApp();

        UI.getCurrent().navigate("staff");

        // Refused as if there were no such page, so the app does not even tell that it exists.
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        assertThat($(Grid.class).all()).isEmpty();
        assertThat($(Span.class).withText("Sara Ekström").all()).isEmpty();
    }

    @Test
    void has_no_hard_coded_text() {
        SignedInStaff.as("vasteras", "sara.supervisor", "Sara Ekström", Role.SUPERVISOR);
        openApp();
        HardCodedTextGuard.usePseudoLocale();
        StaffView view = navigate(StaffView.class);

        assertThat(headers()).contains("⟦Name⟧");
        HardCodedTextGuard.assertNoHardCodedText(view);
    }

    @SuppressWarnings("unchecked")
    private Grid<StaffAccount> grid() {
        return $(Grid.class).withId("staff-grid").single();
    }

    private List<String> column(int column) {
        var grid = test(grid());
        return IntStream.range(0, grid.size()).mapToObj(row -> grid.getCellText(row, column)).toList();
    }

    private List<String> headers() {
        return grid().getColumns().stream().map(Grid.Column::getHeaderText).toList();
    }

    private void addVasterasColleague(String username, String name) {
        TenantContext.run("vasteras", () -> jdbc.sql(
                "insert into staff_account (username, display_name, roles) values (?, ?, '{agent}')")
                .params(username, name).update());
    }
}
