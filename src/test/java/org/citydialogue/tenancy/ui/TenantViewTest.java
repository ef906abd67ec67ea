package org.citydialogue.tenancy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import org.citydialogue.shell.ui.NotFoundView;
import org.citydialogue.BrowserlessAppTest;
import org.citydialogue.i18n.HardCodedTextGuard;
import org.citydialogue.identity.Role;
import org.citydialogue.identity.SignedInStaff;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A city's administrator reads what the tenant file says about their own city. */
class TenantViewTest extends BrowserlessAppTest {

    @AfterEach
    void signOut() {
        SignedInStaff.signOut();
    }

    @Test
    void a_jinan_admin_sees_jinans_facts_in_chinese() {
        SignedInStaff.as("jinan", "chen.admin", "陈静", Role.TENANT_ADMIN);
        openApp();

        TenantView view = navigate(TenantView.class);

        assertThat($(H2.class, view).single().getText()).isEqualTo("济南市");
        assertThat($(Paragraph.class, view).all()).extracting(Paragraph::getText).containsExactly(
                "人口：9,410,000", "时区：Asia/Shanghai", "货币：CNY", "默认语言：简体中文");
        // In pinyin order: cheng, jiao, jiao, ren, sheng, shi, wei, zhu.
        assertThat($(ListItem.class, view).all()).extracting(ListItem::getText).containsExactly(
                "城市管理局", "交通运输局", "教育局", "人力资源和社会保障局", "生态环境局", "市场监督管理局",
                "卫生健康委员会", "住房和城乡建设局");
    }

    @Test
    void a_vasteras_admin_sees_vasteras_not_jinan() {
        SignedInStaff.as("vasteras", "adam.admin", "Adam Nilsson", Role.TENANT_ADMIN);
        openApp();

        TenantView view = navigate(TenantView.class);

        assertThat($(H2.class, view).single().getText()).isEqualTo("Västerås stad");
        // Swedish groups digits with a no-break space.
        assertThat($(Paragraph.class, view).all()).extracting(Paragraph::getText)
                .contains("Invånare: 155\u00a0000", "Tidszon: Europe/Stockholm");
        assertThat($(ListItem.class, view).all()).extracting(ListItem::getText)
                .hasSize(7).contains("Gator och parker").doesNotContain("城市管理局");
    }

    @Test
    void a_supervisor_or_an_agent_is_refused_the_city_settings() {
        for (Role role : new Role[] {Role.SUPERVISOR, Role.AGENT}) {
            SignedInStaff.as("jinan", "zhang.supervisor", "张敏", role);
            openApp();

            UI.getCurrent().navigate("tenant");

            assertThat(getCurrentView()).as(role.name()).isInstanceOf(NotFoundView.class);
            assertThat($(ListItem.class).all()).as(role.name()).isEmpty();
        }
    }

    @Test
    void has_no_hard_coded_text() {
        SignedInStaff.as("jinan", "chen.admin", "陈静", Role.TENANT_ADMIN);
        openApp();
        HardCodedTextGuard.usePseudoLocale();
        TenantView view = navigate(TenantView.class);

        assertThat($(Paragraph.class, view).all()).extracting(Paragraph::getText)
                .contains("⟦Time zone: Asia/Shanghai⟧");
        HardCodedTextGuard.assertNoHardCodedText(view);
    }
}
