package org.citydialogue.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.ServletContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.citydialogue.partnership.Partnerships;
import java.util.UUID;
import org.citydialogue.AppTest;
import org.citydialogue.cases.Cases;
import org.citydialogue.cases.NewCase;
import org.citydialogue.cases.ResidentCase;
import org.citydialogue.identity.Exposure.Caller;
import org.citydialogue.identity.Exposure.Expected;
import org.citydialogue.identity.Exposure.Seen;
import org.citydialogue.identity.RouteExposures.Value;
import org.citydialogue.tenancy.Tenant;
import org.citydialogue.tenancy.TenantContext;
import org.citydialogue.tenancy.TenantDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The isolation matrix: every staff member of every tenant signs in over real HTTP, once, and
 * opens everything the app serves — every Vaadin route from the route registry, each parameter
 * filled with every tenant's values (to add an API, add an {@link Exposure.Source}). Nobody ever
 * receives another tenant's data (its staff, its cases, its departments), routes refuse the roles
 * they do not name, and those they name work with the caller's own data.
 */
@AppTest
class IsolationMatrixTest {

    @LocalServerPort
    int port;
    @Autowired
    ServletContext servletContext;
    @Autowired
    TenantDirectory tenants;
    @Autowired
    StaffDirectory staff;
    @Autowired
    Cases cases;
    @Autowired
    Partnerships partnerships;

    @Test
    void no_caller_sees_another_tenants_data_and_every_route_keeps_to_its_roles() {
        Map<String, List<String>> dataOf = new HashMap<>();
        Map<String, List<Value>> parameters = new HashMap<>();
        List<Caller> callers = new ArrayList<>();
        for (Tenant tenant : tenants.all()) {
            List<String> data = new ArrayList<>();
            for (StaffAccount account : TenantContext.call(tenant.id(), () -> staff.accounts())) {
                data.add(account.displayName());
                data.add(account.username());
                callers.add(new Caller(tenant.id(), account.username(), account.roles()));
            }
            tenant.departments().forEach(d -> data.add(d.name(tenant.defaultLocale())));
            parameters.computeIfAbsent("tenant", p -> new ArrayList<>()).add(new Value(tenant.id(), tenant.id()));
            dataOf.put(tenant.id(), data);
        }
        for (ResidentCase c : List.of(
                registered("vasteras", "anna.agent", new NewCase("complaint", "phone", "streets-parks",
                        "Matrisfall: trasig bänk " + UUID.randomUUID(), "Matrisgatan 1", "Matris Svensson", null, null,
                        "sv")),
                registered("jinan", "li.agent", new NewCase("help", "hotline", "city-appearance",
                        "矩阵案件：路灯不亮 " + UUID.randomUUID(), "矩阵路1号", "矩阵张", null, null, "zh-Hans")))) {
            String tenantId = c.reference().startsWith("VST") ? "vasteras" : "jinan";
            dataOf.get(tenantId).addAll(List.of(c.reference(), c.description(), c.residentName()));
            parameters.computeIfAbsent("id", p -> new ArrayList<>()).add(new Value(String.valueOf(c.id()), tenantId));
        }
        // A joint plan is opened by every caller: members see it, the others are refused (either is fine
        // here, the plan's own tests tell which); it must leak nothing but what the partnership shares.
        parameters.put("partnership", List.of(new Value("vasteras-jinan", "partnership")));
        var registry = ApplicationRouteRegistry.getInstance(new VaadinServletContext(servletContext));
        List<Exposure.Source> sources = List.of(new RouteExposures(registry.getRegisteredRoutes(), parameters));

        List<String> failures = new ArrayList<>();
        int opened = 0;
        for (Caller caller : callers) {
            Browser browser = new Browser("http://localhost:" + port).signIn(caller.tenantId(), caller.username(),
                    DemoStaff.PASSWORD);
            Set<String> shared = sharedInPartnerships(caller.tenantId());
            List<String> othersData = dataOf.entrySet().stream().filter(e -> !e.getKey().equals(caller.tenantId()))
                    .flatMap(e -> e.getValue().stream()).filter(data -> !shared.contains(data)).toList();
            for (Exposure.Source source : sources) {
                for (Exposure exposure : source.exposuresFor(caller)) {
                    Seen seen = exposure.open().apply(browser);
                    opened++;
                    String who = caller.username() + "@" + caller.tenantId() + " → " + exposure.name() + ": ";
                    othersData.stream().filter(seen.content()::contains)
                            .forEach(leak -> failures.add(who + "received another tenant's \"" + leak + "\""));
                    if (exposure.expected() == Expected.SHOWN && (!seen.shown() || seen.refused())) {
                        failures.add(who + "refused, though the caller's roles " + caller.roles() + " allow it");
                    }
                    if (exposure.expected() == Expected.REFUSED && (seen.shown() || !seen.refused())) {
                        failures.add(who + "shown to roles " + caller.roles() + " it does not name");
                    }
                }
            }
        }
        assertThat(callers).hasSizeGreaterThanOrEqualTo(9);
        assertThat(opened).isGreaterThan(callers.size() * 10);
        assertThat(failures).isEmpty();
    }

    /**
     * Partnership members' names and user names, which a partnership shows all its member tenants by
     * design (who owns an activity, who signed a review): not another tenant's data for them.
     */
    private Set<String> sharedInPartnerships(String tenantId) {
        return TenantContext.call(tenantId, () -> partnerships.forCurrentTenant().stream()
                .flatMap(p -> partnerships.members(p.id()).stream())
                .flatMap(m -> java.util.stream.Stream.of(m.displayName(), m.subject()))
                .collect(java.util.stream.Collectors.toSet()));
    }

    private ResidentCase registered(String tenantId, String username, NewCase intake) {
        var agent = SignedInStaff.as(tenantId, username, username, Role.AGENT);
        try {
            return cases.register(agent, intake);
        } finally {
            SignedInStaff.signOut();
        }
    }
}
