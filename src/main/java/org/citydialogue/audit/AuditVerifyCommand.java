package org.citydialogue.audit;

import java.io.PrintStream;
import java.util.List;
import org.citydialogue.tenancy.Tenant;
import org.citydialogue.tenancy.TenantDirectory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code --verify-audit=<tenant>} (repeatable, or {@code all}): verifies the tenants' audit chains
 * once the app has started, prints each report and exits — 0 when every chain is intact, 1 when one
 * is broken, 2 for an unknown tenant. Without the option the app starts as usual.
 */
@Component
class AuditVerifyCommand implements ApplicationRunner {

    static final String OPTION = "verify-audit";

    private final AuditChain chain;
    private final TenantDirectory tenants;
    private final ConfigurableApplicationContext context;

    AuditVerifyCommand(AuditChain chain, TenantDirectory tenants, ConfigurableApplicationContext context) {
        this.chain = chain;
        this.tenants = tenants;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (args.containsOption(OPTION)) {
            int code = verify(args.getOptionValues(OPTION), System.out);
            System.exit(SpringApplication.exit(context, () -> code));
        }
    }

    /** Verifies the named tenants ({@code all}: every tenant with a store), printing to {@code out}; answers the exit code. */
    int verify(List<String> names, PrintStream out) {
        List<String> ids = names.contains("all") ? tenants.all().stream().map(Tenant::id).toList() : names;
        int code = 0;
        for (String id : ids) {
            if (tenants.find(id).isEmpty()) {
                out.println("Audit chain of " + id + ": no such tenant");
                code = Math.max(code, 2);
                continue;
            }
            AuditReport report = chain.verify(id);
            report.lines().forEach(out::println);
            if (!report.intact()) {
                code = Math.max(code, 1);
            }
        }
        return code;
    }
}
