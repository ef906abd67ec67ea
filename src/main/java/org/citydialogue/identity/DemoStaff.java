package org.citydialogue.identity;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.citydialogue.tenancy.Tenant;
import org.citydialogue.tenancy.TenantContext;
import org.citydialogue.tenancy.TenantDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Demo staff for tenants that sign in with the built-in provider (listed in the README), so the
 * app can be tried at once. Off in production: {@code citydialogue.demo.enabled=false}.
 */
@Component
@ConditionalOnProperty(name = "citydialogue.demo.enabled", havingValue = "true")
class DemoStaff implements ApplicationRunner {

    static final String PASSWORD = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoStaff.class);

    private record Demo(String username, String name, Role role, String department) {
    }

    private static final Map<String, List<Demo>> STAFF = Map.of(
            "vasteras", List.of(
                    new Demo("anna.agent", "Anna Lindqvist", Role.AGENT, null),
                    new Demo("hans.handlaggare", "Hans Berg", Role.CASE_HANDLER, "streets-parks"),
                    new Demo("sara.supervisor", "Sara Ekström", Role.SUPERVISOR, null),
                    new Demo("adam.admin", "Adam Nilsson", Role.TENANT_ADMIN, null)),
            "jinan", List.of(
                    new Demo("li.agent", "李娜", Role.AGENT, null),
                    new Demo("wang.handler", "王伟", Role.CASE_HANDLER, "urban-management"),
                    new Demo("zhang.supervisor", "张敏", Role.SUPERVISOR, null),
                    new Demo("chen.admin", "陈静", Role.TENANT_ADMIN, null)),
            "icld", List.of(
                    new Demo("ingrid.icld", "Ingrid Holm", Role.PARTNERSHIP_MEMBER, null)));

    private final TenantDirectory tenants;
    private final StaffDirectory directory;

    DemoStaff(TenantDirectory tenants, StaffDirectory directory) {
        this.tenants = tenants;
        this.directory = directory;
    }

    @Override
    public void run(ApplicationArguments args) {
        String hash = null;
        for (Tenant tenant : tenants.all()) {
            if (!tenant.identity().builtIn()) {
                continue;
            }
            for (Demo demo : STAFF.getOrDefault(tenant.id(), List.of())) {
                if (hash == null) {
                    hash = BuiltInStaffAuthentication.PASSWORDS.encode(PASSWORD);
                }
                var account = new StaffAccount(demo.username(), demo.name(), hash, EnumSet.of(demo.role()),
                        demo.department());
                if (TenantContext.call(tenant.id(), () -> directory.addIfAbsent(account))) {
                    log.info("Demo staff member {} added to {}", demo.username(), tenant.id());
                }
            }
        }
    }
}
