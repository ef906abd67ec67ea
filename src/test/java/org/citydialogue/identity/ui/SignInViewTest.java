package org.citydialogue.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import org.citydialogue.shell.ui.NotFoundView;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.citydialogue.BrowserlessAppTest;
import org.citydialogue.i18n.HardCodedTextGuard;
import org.citydialogue.identity.SignedInStaff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Where staff start, signed in to nothing yet. */
class SignInViewTest extends BrowserlessAppTest {

    @BeforeEach
    void nobodySignedIn() {
        SignedInStaff.signOut();
        openApp();
    }

    @Test
    void opening_the_app_without_signing_in_shows_nothing_of_it() {
        // The home page is for signed-in staff: access control sends the browser to the sign-in page instead.
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain()).isEmpty();
        assertThat($(Span.class).withId("city-name").all()).isEmpty();
    }

    @Test
    void lists_the_tenants_in_the_readers_language_with_links_to_their_sign_in() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(SignInView.class);

        assertThat(tenantLinks()).containsExactly(
                "City of Västerås -> oauth2/authorization/vasteras",
                "ICLD – Swedish International Centre for Local Democracy -> oauth2/authorization/icld",
                "Jinan -> oauth2/authorization/jinan");
        assertThat($(H1.class).single().getText()).isEqualTo("City Dialogue");
    }

    @Test
    void in_swedish_and_chinese_the_names_are_theirs_and_sorted_for_that_language() {
        UI.getCurrent().setLocale(Locale.forLanguageTag("sv"));
        navigate(SignInView.class);
        assertThat(tenantLinks()).containsExactly(
                "ICLD – Internationellt centrum för lokal demokrati -> oauth2/authorization/icld",
                "Jinan -> oauth2/authorization/jinan",
                "Västerås stad -> oauth2/authorization/vasteras");

        openApp(); // a Chinese browser
        UI.getCurrent().setLocale(Locale.forLanguageTag("zh-Hans"));
        navigate(SignInView.class);
        // Pinyin: ji, rui, wei.
        assertThat(tenantLinks()).containsExactly(
                "济南市 -> oauth2/authorization/jinan",
                "瑞典国际地方民主中心（ICLD） -> oauth2/authorization/icld",
                "韦斯特罗斯市 -> oauth2/authorization/vasteras");
    }

    @Test
    void a_failed_sign_in_is_reported() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("signin", QueryParameters.of("error", ""));

        assertThat($(com.vaadin.flow.component.html.Paragraph.class).all())
                .filteredOn(p -> p.isVisible() && "alert".equals(p.getElement().getAttribute("role")))
                .extracting(p -> p.getText())
                .containsExactly("Sign-in did not succeed. Try again, or ask your administrator for access.");
    }

    @Test
    void the_built_in_sign_in_of_jinan_is_in_chinese_and_posts_to_jinans_issuer() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(BuiltInLoginView.class, Map.of("tenant", "jinan"));

        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.forLanguageTag("zh-Hans"));
        assertThat($(H1.class).single().getText()).isEqualTo("济南市");
        LoginForm form = $(LoginForm.class).single();
        assertThat(form.getAction()).isEqualTo("/auth/jinan/login");
        assertThat(i18n(form, "/form/title")).isEqualTo("登录");
        assertThat(i18n(form, "/form/username")).isEqualTo("用户名");
        assertThat(i18n(form, "/form/password")).isEqualTo("密码");
        assertThat(i18n(form, "/errorMessage/username")).isEqualTo("请输入用户名。");
    }

    @Test
    void the_built_in_sign_in_of_an_unknown_tenant_is_not_found() {
        UI.getCurrent().navigate("auth/nowhere/login");

        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        assertThat($(LoginForm.class).all()).isEmpty();
    }

    @Test
    void the_sign_in_page_has_no_hard_coded_text() {
        HardCodedTextGuard.usePseudoLocale();
        SignInView view = navigate(SignInView.class);

        assertThat($(H1.class).single().getText()).isEqualTo("⟦City Dialogue⟧");
        HardCodedTextGuard.assertNoHardCodedText(view);
    }

    @Test
    void the_built_in_sign_in_has_no_hard_coded_text() {
        navigate(BuiltInLoginView.class, Map.of("tenant", "jinan"));
        HardCodedTextGuard.usePseudoLocale();

        BuiltInLoginView view = (BuiltInLoginView) getCurrentView();
        assertThat(i18n($(LoginForm.class).single(), "/form/title")).isEqualTo("⟦Sign in⟧");
        HardCodedTextGuard.assertNoHardCodedText(view);
    }

    /** A text of the login form as sent to the browser, e.g. {@code /form/title}. */
    private static String i18n(LoginForm form, String pointer) {
        return ((JsonNode) form.getElement().getPropertyRaw("i18n")).at(pointer).asString();
    }

    private List<String> tenantLinks() {
        return $(Anchor.class).withClassName("tenant-link").all().stream()
                .map(a -> a.getText() + " -> " + a.getHref()).toList();
    }
}
