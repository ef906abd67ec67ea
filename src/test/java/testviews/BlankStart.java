package testviews;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;

/**
 * An empty start page for browserless UI tests that must not load the app's views (which need
 * Spring). It lives outside org.citydialogue on purpose: the Spring-run app scans only
 * vaadin.allowed-packages for routes, so this "" route never clashes with the app's home view.
 */
@Route("")
public class BlankStart extends Div {
}
