package org.citydialogue.i18n;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.VaadinSession;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * Finds UI text that did not come from the message catalogues, for other modules' view tests.
 *
 * <p>Render the view with {@link #PSEUDO_LOCALE}: {@link Translations} then wraps every text in
 * ⟦…⟧. The guard walks the element tree (text nodes, the attributes and properties that screen
 * readers or users see, and the texts inside a component's {@code i18n} JSON property) and reports every text with letters outside the markers. Components
 * marked with {@link DataText#mark} (names, formatted dates) are skipped with their children.
 *
 * <pre>{@code
 * HardCodedTextGuard.usePseudoLocale();          // before navigating
 * HomeView view = navigate(HomeView.class);
 * HardCodedTextGuard.assertNoHardCodedText(view);
 * }</pre>
 */
public final class HardCodedTextGuard {

    /** The locale that makes {@link Translations} mark its output. */
    public static final Locale PSEUDO_LOCALE = Translations.PSEUDO_LOCALE;

    /** For Vaadin tests without Spring: {@code System.setProperty(PROVIDER_PROPERTY, PROVIDER)}. */
    public static final String PROVIDER_PROPERTY = "vaadin.i18n.provider";
    public static final String PROVIDER = Translations.class.getName();

    private static final List<String> ATTRIBUTES =
            List.of("label", "placeholder", "title", "aria-label", "alt", "helper-text", "header");
    private static final List<String> PROPERTIES = List.of("label", "placeholder", "title", "helperText",
            "header", "headerText", "errorMessage", "accessibleName", "text");

    private HardCodedTextGuard() {}

    /** Switches the current UI and session to the pseudo-locale. */
    public static void usePseudoLocale() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setLocale(PSEUDO_LOCALE);
        }
        UI.getCurrent().setLocale(PSEUDO_LOCALE);
    }

    /** Fails with the list of hard-coded texts under {@code root}, if any. */
    public static void assertNoHardCodedText(Component root) {
        List<String> found = findHardCodedText(root);
        if (!found.isEmpty()) {
            throw new AssertionError("Hard-coded UI text (use getTranslation, or DataText.mark for data):\n  "
                    + String.join("\n  ", found));
        }
    }

    /** Each hard-coded text under {@code root}, as {@code "<tag> where: text"}. */
    public static List<String> findHardCodedText(Component root) {
        List<String> found = new ArrayList<>();
        // Element is a value wrapper of a state node: equal, not identical, when reached twice.
        walk(root.getElement(), new HashSet<>(), found);
        return found;
    }

    private static void walk(Element element, Set<Element> seen, List<String> found) {
        if (!seen.add(element)) {
            return;
        }
        if (element.getComponent().map(DataText::isMarked).orElse(false)) {
            return;
        }
        if (element.isTextNode()) {
            check(element.getText(), element.getParent(), "text", found);
            return;
        }
        for (String attribute : ATTRIBUTES) {
            check(element.getAttribute(attribute), element, "attribute " + attribute, found);
        }
        for (String property : PROPERTIES) {
            if (element.getPropertyRaw(property) instanceof String value) {
                check(value, element, "property " + property, found);
            }
        }
        // Components such as LoginForm and DatePicker send their texts as one JSON object.
        if (element.getPropertyRaw("i18n") instanceof JsonNode i18n) {
            checkJson(i18n, "", element, found);
        }
        // Grid renders plain-text headers late, on the client; read them from the column itself.
        if (element.getComponent().orElse(null) instanceof Grid.Column<?> column) {
            check(column.getHeaderText(), element, "header", found);
            check(column.getFooterText(), element, "footer", found);
        }
        // Component children too: some (grid columns, overlays) are not plain element children.
        Stream<Element> componentChildren = element.getComponent().stream()
                .flatMap(Component::getChildren)
                .map(Component::getElement);
        Stream.concat(element.getChildren(), componentChildren).toList()
                .forEach(child -> walk(child, seen, found));
    }

    private static void checkJson(JsonNode node, String path, Element where, List<String> found) {
        if (node.isString()) {
            check(node.asString(), where, "i18n " + path, found);
        } else if (node.isObject()) {
            node.properties().forEach(field -> checkJson(field.getValue(), path + "/" + field.getKey(), where, found));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkJson(node.get(i), path + "/" + i, where, found);
            }
        }
    }

    private static void check(String text, Element where, String what, List<String> found) {
        if (text != null && !isTranslated(text)) {
            String tag = where == null ? "?" : where.getTag();
            found.add("<" + tag + "> " + what + ": " + text.strip());
        }
    }

    /** True when every letter of {@code text} is inside ⟦…⟧ (markers may nest). */
    static boolean isTranslated(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (text.startsWith(Translations.PSEUDO_OPEN, i)) {
                depth++;
            } else if (text.startsWith(Translations.PSEUDO_CLOSE, i)) {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && Character.isLetter(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }
}
