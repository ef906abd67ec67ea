package org.citydialogue.benchmarks.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.function.Function;
import org.citydialogue.i18n.DataText;

/** Select items whose labels are data (a partnership's name, a month), not catalogue texts. */
final class DataItems {

    private DataItems() {
    }

    static <T> void show(Select<T> select, Function<T, String> label) {
        select.setRenderer(new ComponentRenderer<>(item -> DataText.mark(new Span(label.apply(item)))));
    }
}
