package org.citydialogue.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.citydialogue.BrowserlessAppTest;
import org.citydialogue.identity.Role;
import org.citydialogue.identity.SignedInStaff;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ShellTest extends BrowserlessAppTest {

    @AfterEach
    void signOut() {
        SignedInStaff.signOut();
    }

    @Test
    void smoke() {
        SignedInStaff.as("vasteras", "anna.agent", "Anna Lindqvist", Role.AGENT);
        openApp();
        System.out.println("VIEW " + getCurrentView());
        System.out.println("LOCALE " + UI.getCurrent().getLocale());
        $(SideNavItem.class).all().forEach(i -> System.out.println("NAV " + i.getLabel()));
        $(Span.class).all().forEach(i -> System.out.println("SPAN " + i.getText()));
    }
}
