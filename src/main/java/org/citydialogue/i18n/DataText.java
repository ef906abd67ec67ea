package org.citydialogue.i18n;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;

/**
 * Marks a component whose text comes from data (a city name, a person's name, a formatted date),
 * not from the message catalogues, so the hard-coded-text guard in view tests skips it and its
 * children. Stored as component data, so nothing extra is rendered to the browser.
 */
public final class DataText {

    private static final String MARK = DataText.class.getName();

    private DataText() {}

    /** Marks {@code component} as showing data; returns it so it can be used inline. */
    public static <C extends Component> C mark(C component) {
        ComponentUtil.setData(component, MARK, Boolean.TRUE);
        return component;
    }

    /** Whether {@code component} was marked with {@link #mark(Component)}. */
    public static boolean isMarked(Component component) {
        return Boolean.TRUE.equals(ComponentUtil.getData(component, MARK));
    }
}
