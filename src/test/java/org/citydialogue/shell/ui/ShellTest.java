package org.citydialogue.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.citydialogue.BrowserlessAppTest;
import org.citydialogue.i18n.Formats;
import org.citydialogue.i18n.HardCodedTextGuard;
import org.citydialogue.identity.Role;
import org.citydialogue.identity.SignedInStaff;
import org.citydialogue.identity.StaffDirectory;
import org.citydialogue.identity.StaffUser;
import org.citydialogue.tenancy.TenantContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The frame every staff member works in: city, language, navigation for their roles, home page. */
class ShellTest extends BrowserlessAppTest {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");
    private static final Locale CHINESE = Locale.forLanguageTag("zh-Hans");

    @Autowired
    StaffDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        forgetLanguageOf("vasteras", "hans.handlaggare");
        SignedInStaff.signOut();
    }

    @Test
    void a_vasteras_agent_sees_the_shell_in_swedish_with_home_and_cases() {
        SignedInStaff.as("vasteras", "anna.agent", "Anna Lindqvist", Role.AGENT);
        openApp();

        assertThat(getCurrentView()).isInstanceOf(HomeView.class);
        assertThat(UI.getCurrent().getLocale()).isEqualTo(SWEDISH);
        assertThat(cityName()).isEqualTo("Västerås stad");
        assertThat(navigation()).containsExactly("Start", "Ärenden", "Ny kontakt", "Gemensamma planer", "Jämförelser");
        assertThat($(H2.class).withId("welcome").single().getText()).isEqualTo("Välkommen, Anna Lindqvist!");
        assertThat(paragraphs()).containsAnyOf(todayIn(SWEDISH, "Europe/Stockholm", "I dag är det "));
        assertThat(paragraphs()).contains("Dina roller: Kontaktcenterhandläggare");
    }

    @Test
    void a_jinan_agent_sees_the_shell_in_chinese() {
        SignedInStaff.as("jinan", "li.agent", "李娜", Role.AGENT);
        openApp();

        assertThat(UI.getCurrent().getLocale()).isEqualTo(CHINESE);
        assertThat(cityName()).isEqualTo("济南市");
        assertThat(navigation()).containsExactly("首页", "工单", "受理登记", "联合计划", "对标分析");
        assertThat($(H2.class).withId("welcome").single().getText()).isEqualTo("欢迎您，李娜！");
        // Asia/Shanghai, not the server's zone: differs from Stockholm's date for six or seven hours a day.
        assertThat(paragraphs()).containsAnyOf(todayIn(CHINESE, "Asia/Shanghai", "今天是"));
    }

    @Test
    void several_roles_are_listed_as_the_language_lists_them() {
        SignedInStaff.as("jinan", "chen.admin", "陈静", Role.TENANT_ADMIN, Role.SUPERVISOR);
        openApp();
        assertThat(paragraphs()).contains("您的角色：班组长和系统管理员"); // not "班组长, 系统管理员"

        SignedInStaff.as("vasteras", "adam.admin", "Adam Nilsson", Role.TENANT_ADMIN, Role.SUPERVISOR);
        openApp();
        assertThat(paragraphs()).contains("Dina roller: Administratör för staden och Teamledare");
    }

    @Test
    void navigation_follows_the_roles() {
        SignedInStaff.as("vasteras", "sara.supervisor", "Sara Ekström", Role.SUPERVISOR);
        openApp();
        assertThat(navigation()).containsExactly("Start", "Ärenden", "Ny kontakt", "Tidsfrister per förvaltning", "Importera ärenden",
                "Lämna ut en invånares uppgifter", "Gemensamma planer", "Jämförelser", "Medarbetare");

        SignedInStaff.as("vasteras", "adam.admin", "Adam Nilsson", Role.TENANT_ADMIN);
        openApp();
        assertThat(navigation()).containsExactly("Start", "Importera ärenden",
                "Lämna ut en invånares uppgifter", "Gemensamma planer", "Jämförelser", "Medarbetare", "Stadens inställningar");
    }

    @Test
    void switching_to_english_re_renders_the_shell_and_is_kept_for_the_next_session() {
        StaffUser hans = SignedInStaff.as("vasteras", "hans.handlaggare", "Hans Berg", Role.CASE_HANDLER);
        SignedInStaff.recordSignIn(directory, hans);
        openApp();
        assertThat(navigation()).containsExactly("Start", "Ärenden", "Jämförelser");

        test(languageSwitch()).selectItem("English");

        assertThat(navigation()).containsExactly("Home", "Cases", "Benchmarks");
        assertThat(cityName()).isEqualTo("City of Västerås");
        assertThat($(H2.class).withId("welcome").single().getText()).isEqualTo("Welcome, Hans Berg!");
        assertThat(keptLanguageOf("vasteras", "hans.handlaggare")).contains("en");

        openApp(); // a new session for the same person
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.ENGLISH);
        assertThat(navigation()).containsExactly("Home", "Cases", "Benchmarks");
        assertThat(languageSwitch().getValue().tag()).isEqualTo("en");
    }

    @Test
    void shell_and_home_have_no_hard_coded_text() {
        SignedInStaff.as("vasteras", "adam.admin", "Adam Nilsson", Role.TENANT_ADMIN);
        openApp();
        HardCodedTextGuard.usePseudoLocale();
        navigate(HomeView.class);

        assertThat(navigation()).contains("⟦Home⟧"); // the pseudo-locale is really in use
        HardCodedTextGuard.assertNoHardCodedText(UI.getCurrent());
    }

    private String cityName() {
        return $(Span.class).withId("city-name").single().getText();
    }

    private List<String> navigation() {
        return $(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
    }

    private List<String> paragraphs() {
        return $(Paragraph.class).all().stream().map(Paragraph::getText).toList();
    }

    @SuppressWarnings("unchecked")
    private Select<org.citydialogue.i18n.SupportedLanguage> languageSwitch() {
        return $(Select.class).single();
    }

    /** Today's date line; both sides of a midnight that may pass while the test runs. */
    private static String[] todayIn(Locale locale, String zone, String prefix) {
        Formats formats = Formats.of(locale, ZoneId.of(zone));
        Instant now = Instant.now();
        return new String[] {prefix + formats.date(now.minusSeconds(60)), prefix + formats.date(now)};
    }

    private Optional<String> keptLanguageOf(String tenantId, String subject) {
        return TenantContext.call(tenantId, () -> jdbc.sql("select locale from staff_profile where subject = ?")
                .param(subject).query(String.class).optional());
    }

    private void forgetLanguageOf(String tenantId, String subject) {
        TenantContext.run(tenantId, () -> jdbc.sql("update staff_profile set locale = null where subject = ?")
                .param(subject).update());
    }
}
