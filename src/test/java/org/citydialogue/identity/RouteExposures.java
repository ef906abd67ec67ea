package org.citydialogue.identity;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citydialogue.identity.Exposure.Caller;
import org.citydialogue.identity.Exposure.Expected;
import org.citydialogue.identity.Exposure.Seen;

/**
 * Every route in Vaadin's route registry, each route parameter filled with every tenant's values
 * (a new parameter without values fails the matrix until it gets some). The expected access comes
 * from the view's own annotation; whether it is kept is what the matrix checks, over HTTP.
 */
final class RouteExposures implements Exposure.Source {

    private static final Pattern PARAMETER = Pattern.compile(":([A-Za-z0-9_]+)(\\([^/]*\\))?[?*]?");
    private static final String REFUSED_VIEW = "org.citydialogue.shell.ui.NotFoundView";

    /** A value of a route parameter and the tenant it belongs to. */
    record Value(String text, String tenantId) {
    }

    private final List<RouteData> routes;
    private final Map<String, List<Value>> parameterValues;

    RouteExposures(List<RouteData> routes, Map<String, List<Value>> parameterValues) {
        this.routes = routes;
        this.parameterValues = parameterValues;
    }

    @Override
    public List<Exposure> exposuresFor(Caller caller) {
        List<Exposure> exposures = new ArrayList<>();
        for (RouteData route : routes) {
            boolean allowed = allows(route.getNavigationTarget(), caller);
            String target = route.getNavigationTarget().getName();
            for (List<Value> values : fillings(route.getTemplate())) {
                String path = fill(route.getTemplate(), values);
                boolean own = values.stream().allMatch(v -> v.tenantId().equals(caller.tenantId()));
                Expected expected = !allowed ? Expected.REFUSED : own ? Expected.SHOWN : Expected.EITHER;
                exposures.add(new Exposure(path, expected, browser -> {
                    String content = ViewOverHttp.open(browser, path);
                    return new Seen(content.contains("\"" + target + "\""), content.contains("\"" + REFUSED_VIEW + "\""),
                            content);
                }));
            }
        }
        return exposures;
    }

    /** Every combination of the template's parameters' values. */
    private List<List<Value>> fillings(String template) {
        List<List<Value>> fillings = new ArrayList<>(List.of(List.of()));
        Matcher m = PARAMETER.matcher(template);
        while (m.find()) {
            List<Value> values = parameterValues.get(m.group(1));
            if (values == null) {
                throw new AssertionError("Route " + template + " has parameter :" + m.group(1)
                        + " with no values in the isolation matrix: give it every tenant's values");
            }
            List<List<Value>> longer = new ArrayList<>();
            for (List<Value> filling : fillings) {
                for (Value value : values) {
                    List<Value> next = new ArrayList<>(filling);
                    next.add(value);
                    longer.add(next);
                }
            }
            fillings = longer;
        }
        return fillings;
    }

    private static String fill(String template, List<Value> values) {
        Matcher m = PARAMETER.matcher(template);
        StringBuilder path = new StringBuilder();
        int i = 0;
        while (m.find()) {
            m.appendReplacement(path, Matcher.quoteReplacement(values.get(i++).text()));
        }
        m.appendTail(path);
        return path.toString();
    }

    private static boolean allows(Class<? extends Component> view, Caller caller) {
        if (view.isAnnotationPresent(AnonymousAllowed.class) || view.isAnnotationPresent(PermitAll.class)) {
            return true;
        }
        RolesAllowed roles = view.getAnnotation(RolesAllowed.class);
        return roles != null && Arrays.stream(roles.value()).anyMatch(r -> caller.roles().stream()
                .anyMatch(role -> role.name().equals(r)));
    }
}
